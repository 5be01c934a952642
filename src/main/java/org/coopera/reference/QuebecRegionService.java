package org.coopera.reference;

import jakarta.annotation.security.PermitAll;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.coopera.base.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 17 administrative regions of Québec, reference data loaded by Liquibase (changeset 0120) and
 * never edited in Coopera: read once, then kept in memory. Every signed-in user may read them.
 */
@Service
@PermitAll
public class QuebecRegionService {

    private final JdbcClient jdbc;
    private volatile List<QuebecRegion> regions;

    QuebecRegionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 17 regions, by code. */
    public List<QuebecRegion> all() {
        List<QuebecRegion> loaded = regions;
        if (loaded == null) {
            loaded = List.copyOf(jdbc.sql("select code, name_fr, name_en from quebec_region order by code")
                    .query((rs, n) -> new QuebecRegion(rs.getString(1), rs.getString(2), rs.getString(3))).list());
            regions = loaded;
        }
        return loaded;
    }

    public Optional<QuebecRegion> byCode(String code) {
        String wanted = code == null ? "" : code.trim();
        return all().stream().filter(r -> r.code().equals(wanted)).findFirst();
    }

    /**
     * The region a person or a spreadsheet means by its code ("06", or "6") or its name in French
     * or English, ignoring accents, case and the kind of dash ("montreal", "Saguenay-Lac-Saint-Jean"),
     * or by both as exports write them ("06 Montréal").
     */
    public Optional<QuebecRegion> resolve(String codeOrName) {
        String value = key(codeOrName);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var labelled = java.util.regex.Pattern.compile("(\\d{1,2})\\s+(\\D.*)").matcher(value);
        if (labelled.matches()) {
            String number = labelled.group(1).length() == 1 ? "0" + labelled.group(1) : labelled.group(1);
            String name = labelled.group(2);
            return all().stream().filter(r -> r.code().equals(number)
                    && (key(r.nameFr()).equals(name) || key(r.nameEn()).equals(name))).findFirst();
        }
        String code = value.matches("\\d{1,2}") ? (value.length() == 1 ? "0" + value : value) : null;
        return all().stream()
                .filter(r -> r.code().equals(code) || key(r.nameFr()).equals(value) || key(r.nameEn()).equals(value))
                .findFirst();
    }

    /**
     * The given codes, checked: each must be one of the 17 official codes.
     *
     * @throws BusinessException {@code region.unknown-code} naming the first unknown code; nothing is kept
     */
    public Set<String> checkCodes(Collection<String> codes) {
        Set<String> checked = new TreeSet<>();
        if (codes == null) {
            return checked;
        }
        for (String code : codes) {
            QuebecRegion region = code == null ? null : byCode(code).orElse(null);
            if (region == null) {
                throw new BusinessException("region.unknown-code", String.valueOf(code));
            }
            checked.add(region.code());
        }
        return checked;
    }

    private static String key(String value) {
        if (value == null) {
            return "";
        }
        String plain = Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\u2010-\\u2015\\u2212]", "-").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
