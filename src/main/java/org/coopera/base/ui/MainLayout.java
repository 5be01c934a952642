package org.coopera.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The frame around every signed-in view: side navigation with the sections the user's roles may
 * open (Vaadin's menu configuration applies the views' access annotations), the view title, and
 * at the foot of the drawer what features add there (the user, the language switch, sign-out).
 * The drawer collapses behind a toggle on narrow screens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(List<DrawerFooterItem> footerItems) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var header = new Header(brand);
        header.addClassName("drawer-header");
        var footer = new Footer();
        footer.addClassName("drawer-footer");
        footerItems.stream().sorted(Comparator.comparingInt(DrawerFooterItem::order))
                .map(DrawerFooterItem::create).flatMap(Optional::stream).forEach(footer::add);
        addToDrawer(header, new Scroller(navigation()), footer);
        ComponentTranslations.install(this);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Vaadin sets the page title only after the observers ran: ask the view itself
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
