package org.coopera.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "READER")
class CountryServiceIT {

    @Autowired
    CountryService countries;

    @Test
    void everyIsoCountryIsLoadedWithBothNames() {
        assertThat(countries.count("")).isEqualTo(249);
        assertThat(countries.byCode("mx")).hasValueSatisfying(mexico -> {
            assertThat(mexico.nameFr()).isEqualTo("Mexique");
            assertThat(mexico.nameEn()).isEqualTo("Mexico");
            assertThat(mexico.alpha3()).isEqualTo("MEX");
        });
        assertThat(countries.byCode("HT")).map(CountryRef::nameFr).hasValue("Haïti");
        assertThat(countries.byCode("US")).map(CountryRef::nameFr).hasValue("États-Unis");
    }

    @Test
    void resolvesCodesAndNamesInEitherLanguageIgnoringAccentsAndCase() {
        for (String input : new String[] {"MX", "mex", "Mexique", "mexico", " MEXICO "}) {
            assertThat(countries.resolve(input)).as(input).map(CountryRef::code).hasValue("MX");
        }
        assertThat(countries.resolve("haiti")).map(CountryRef::code).hasValue("HT");
        assertThat(countries.resolve("Bresil")).map(CountryRef::code).hasValue("BR");
        assertThat(countries.resolve("Atlantide")).isEmpty();
        assertThat(countries.resolve("")).isEmpty();
    }

    @Test
    void searchIsPagedAndAccentInsensitive() {
        assertThat(countries.find("etats", PageRequest.of(0, 10, Sort.by("code"))))
                .extracting(CountryRef::code).containsExactly("FM", "UM", "US", "VI");
        assertThat(countries.find("", PageRequest.of(1, 20, Sort.by("code")))).hasSize(20);
    }

    @Test
    void allCountriesAreOneSharedListNotACopyPerScreen() {
        // every open dashboard keeps the list (world map): one copy for the node, not 249 records per session
        assertThat(countries.all()).hasSize(249).isSameAs(countries.all())
                .isEqualTo(countries.find("", PageRequest.of(0, 1000)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> countries.all().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
