package org.coopera.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.security.CurrentUser;
import org.coopera.security.CurrentUserService;

/**
 * The frame around every signed-in view: side navigation with the sections the user's roles may
 * open (Vaadin's menu configuration applies the views' access annotations), the view title, the
 * user, the language switch and sign-out. The drawer collapses behind a toggle on narrow screens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final CurrentUserService currentUserService;

    MainLayout(CurrentUserService currentUserService, AuthenticationContext authentication) {
        this.currentUserService = currentUserService;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);

        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var header = new Header(brand);
        header.addClassName("drawer-header");
        addToDrawer(header, new Scroller(navigation()), userFooter(authentication));
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

    private Footer userFooter(AuthenticationContext authentication) {
        var footer = new Footer();
        footer.addClassName("drawer-footer");
        currentUserService.current().ifPresent(user -> footer.add(userBlock(user)));
        boolean french = !"en".equals(getLocale().getLanguage());
        Locale other = french ? SupportedLocales.ENGLISH : SupportedLocales.FRENCH;
        var language = new Button(getTranslation("language.switch-to"), new Icon(VaadinIcon.GLOBE), click -> {
            currentUserService.changeLanguage(other);
            UI.getCurrent().getPage().reload();
        });
        language.getElement().setAttribute("lang", other.getLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("language-switch");
        var logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        // the user's API tokens (issue 9): a page of the user's own, outside the sections of the menu
        var apiTokens = new Anchor("api-tokens", getTranslation("api-token.nav"));
        apiTokens.addClassName("api-tokens-link");
        footer.add(language, apiTokens, logout);
        return footer;
    }

    private Div userBlock(CurrentUser user) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        var block = new Div(name, roles);
        block.addClassName("user-block");
        return block;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Vaadin sets the page title only after the observers ran: ask the view itself
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
