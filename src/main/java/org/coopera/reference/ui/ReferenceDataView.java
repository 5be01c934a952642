package org.coopera.reference.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.reference.CountryService;
import org.coopera.reference.PartnerService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;

/**
 * The reference data, one tab each: sectors (administrators change them), organisations,
 * people and partner jurisdictions (managers and administrators add and correct them).
 */
@Route("reference")
@Menu(title = "nav.reference", order = 8, icon = "vaadin:database")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
class ReferenceDataView extends Main implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();

    ReferenceDataView(SectorService sectors, PartnerService partners, CountryService countries,
                      AuthenticationContext authentication) {
        addClassName("reference-data-view");
        tabs.setId("ref-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("ref.ui.sectors"),
                new SectorsSection(sectors, authentication.hasRole(Roles.ADMIN))).setId("ref-tab-sectors");
        tabs.add(getTranslation("ref.ui.organisations"),
                new OrganisationsSection(partners, countries)).setId("ref-tab-organisations");
        tabs.add(getTranslation("ref.ui.people"), new PeopleSection(partners)).setId("ref-tab-people");
        tabs.add(getTranslation("ref.ui.jurisdictions"),
                new JurisdictionsSection(partners, countries)).setId("ref-tab-jurisdictions");
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reference");
    }
}
