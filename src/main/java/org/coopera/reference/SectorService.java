package org.coopera.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sectors: a two-level hierarchy (axes and sub-sectors) with French and English names and
 * an optional OECD DAC code. Everyone reads them; administrators manage them. A sector in use is
 * never deleted, only retired.
 */
@Service
public class SectorService {

    private final SectorRepository sectors;
    private final HistoryService history;

    SectorService(SectorRepository sectors, HistoryService history) {
        this.sectors = sectors;
        this.history = history;
    }

    /** Every sector, axes each followed by their sub-sectors (a short list: read whole). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SectorRef> all() {
        return sectors.findAllWithParent().stream().map(Sector::toRef).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SectorRef> get(long id) {
        return sectors.findById(id).map(Sector::toRef);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SectorRef> byCode(String code) {
        return code == null ? Optional.empty() : sectors.findByCode(code.trim()).map(Sector::toRef);
    }

    /** The sector meant by a code or a name in French or English, accents and case ignored. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SectorRef> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        List<Sector> matches = sectors.findExact(codeOrName.trim());
        return matches.size() == 1 ? Optional.of(matches.getFirst().toRef()) : Optional.empty();
    }

    /** Adds an axis (no parent code) or a sub-sector of an axis. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public SectorRef create(String parentCode, String code, String nameFr, String nameEn, String dacCode) {
        String trimmedCode = require(code, "sector.code.required").toUpperCase();
        if (sectors.existsByCode(trimmedCode)) {
            throw new BusinessException("sector.code.taken", trimmedCode);
        }
        Sector parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = sectors.findByCode(parentCode.trim()).orElseThrow(() -> new BusinessException("sector.not-found"));
            if (parent.getParent() != null) {
                throw new BusinessException("sector.two-levels");
            }
        }
        var sector = new Sector(parent, trimmedCode, require(nameFr, "sector.name.required"),
                require(nameEn, "sector.name.required"), checkDac(dacCode), sectors.maxSortOrder() + 10);  // listed last
        return sectors.saveAndFlush(sector).toRef();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public SectorRef rename(long id, long expectedVersion, String nameFr, String nameEn, String dacCode) {
        Sector sector = load(id, expectedVersion);
        sector.rename(require(nameFr, "sector.name.required"), require(nameEn, "sector.name.required"),
                checkDac(dacCode));
        return sectors.saveAndFlush(sector).toRef();
    }

    /** Renames a sector and retires or reinstates it, as one change (the API's replacement of a sector). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public SectorRef update(long id, long expectedVersion, String nameFr, String nameEn, String dacCode, boolean retired) {
        Sector sector = load(id, expectedVersion);
        sector.rename(require(nameFr, "sector.name.required"), require(nameEn, "sector.name.required"),
                checkDac(dacCode));
        sector.setRetired(retired);
        return sectors.saveAndFlush(sector).toRef();
    }

    /** Retires (or reinstates) a sector: kept on the records that use it, no longer offered. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public SectorRef setRetired(long id, long expectedVersion, boolean retired) {
        Sector sector = load(id, expectedVersion);
        sector.setRetired(retired);
        return sectors.saveAndFlush(sector).toRef();
    }

    /** Deletes a sector nothing refers to; a sector with sub-sectors or used by records is refused (retire it). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(long id, long expectedVersion) {
        Sector sector = load(id, expectedVersion);
        if (sectors.existsByParent(sector)) {
            throw new BusinessException("sector.in-use.sub-sectors", sector.getCode());
        }
        try {
            sectors.delete(sector);
            sectors.flush();
        } catch (DataIntegrityViolationException e) {
            // projects (or other records) still point at it; the transaction rolls back
            throw new BusinessException("sector.in-use.records", sector.getCode());
        }
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return history.historyOf(Sector.class, id);
    }

    private Sector load(long id, long expectedVersion) {
        Sector sector = sectors.findById(id).orElseThrow(() -> new BusinessException("sector.not-found"));
        if (sector.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Sector.class, id);
        }
        return sector;
    }

    private static String require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key);
        }
        return value.trim();
    }

    private static String checkDac(String dacCode) {
        if (dacCode == null || dacCode.isBlank()) {
            return null;
        }
        if (!dacCode.trim().matches("\\d{5}")) {
            throw new BusinessException("sector.dac.invalid", dacCode.trim());
        }
        return dacCode.trim();
    }
}
