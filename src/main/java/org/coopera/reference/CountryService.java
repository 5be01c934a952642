package org.coopera.reference;

import org.coopera.base.SearchText;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ISO 3166-1 countries, with French and English names. Every signed-in user may read them. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;
    /** the countries change only with a database migration, that is with a restart: read once */
    private volatile List<CountryRef> all;

    CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    /** A page of countries whose code or name contains the filter (accents and case ignored). */
    public List<CountryRef> find(String filter, Pageable page) {
        return countries.search(normalise(SearchText.check(filter)), page).stream().map(Country::toRef).toList();
    }

    /**
     * Every country, in the order of {@link #find} without filter: one immutable list shared by every
     * screen that keeps it (each open dashboard did keep its own copy, about 50 KB per session).
     */
    public List<CountryRef> all() {
        List<CountryRef> list = all;
        if (list == null) {
            list = List.copyOf(find("", PageRequest.of(0, 1000)));
            all = list;
        }
        return list;
    }

    public long count(String filter) {
        return countries.countSearch(normalise(SearchText.check(filter)));
    }

    public Optional<CountryRef> byCode(String code) {
        return code == null ? Optional.empty() : countries.findById(code.trim().toUpperCase()).map(Country::toRef);
    }

    /**
     * The country a person or a spreadsheet means by a code (alpha-2 or alpha-3) or a full name in
     * French or English, ignoring accents and case ("mexique", "Mexico", "MX", "MEX").
     */
    public Optional<CountryRef> resolve(String codeOrName) {
        String value = normalise(codeOrName);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<Country> matches = countries.findExact(value);
        return matches.size() == 1 ? Optional.of(matches.getFirst().toRef()) : Optional.empty();
    }

    private static String normalise(String value) {
        return value == null ? "" : value.trim();
    }
}
