package org.coopera.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The few texts that Vaadin's web components write themselves in English and that Vaadin 25.1's
 * Java API cannot set: the accessible name of a grid column's sort button ("Sort by …", set by the
 * grid's connector; {@code GridI18n} arrives in 25.3) and of a password field's reveal button
 * ("Show password"). A script watches the page and puts them in the user's language as the
 * components appear.
 */
public final class ComponentTranslations {

    private static final String SCRIPT = """
            const sortBy = $0, reveal = $1;
            if (window.__cooperaComponentTexts) {
              window.__cooperaComponentTexts.sortBy = sortBy;
              window.__cooperaComponentTexts.reveal = reveal;
              return;
            }
            const texts = window.__cooperaComponentTexts = {sortBy, reveal};
            let queued = false;
            const apply = () => {
              queued = false;
              if (texts.sortBy !== 'Sort by') {
                document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(sorter =>
                    sorter.setAttribute('aria-label', texts.sortBy + ' ' + sorter.getAttribute('aria-label').substring(8)));
              }
              document.querySelectorAll('vaadin-password-field').forEach(field => {
                if (!field.i18n || field.i18n.reveal !== texts.reveal) {
                  field.i18n = Object.assign({}, field.i18n, {reveal: texts.reveal});
                }
              });
            };
            new MutationObserver(() => {
              if (!queued) {
                queued = true;
                requestAnimationFrame(apply);
              }
            }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
            apply();
            """;

    private ComponentTranslations() {
    }

    /** Installs the script in the page of {@code host} (once per page; later calls change the texts). */
    public static void install(Component host) {
        host.getElement().executeJs(SCRIPT, host.getTranslation("component.grid.sort-by"),
                host.getTranslation("component.password.reveal"));
    }
}
