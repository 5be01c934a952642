package org.coopera.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An ISO 3166-1 country; reference data loaded by Liquibase, never edited in Coopera. */
@Entity
@Immutable
@Table(name = "country")
class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 3)
    private String alpha3;

    @Column(name = "numeric_code", nullable = false, length = 3)
    private String numericCode;

    @Column(name = "name_fr", nullable = false, length = 100)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected Country() {
    }

    CountryRef toRef() {
        return new CountryRef(code, alpha3, nameFr, nameEn);
    }
}
