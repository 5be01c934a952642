package org.coopera.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from Spring's messages_fr / messages_en.properties. */
@Component
public class CooperaI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(CooperaI18NProvider.class);

    private final MessageSource messages;

    CooperaI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, SupportedLocales.closest(locale));
        } catch (NoSuchMessageException e) {
            log.warn("Missing message key {} for {}", key, locale);
            return "!" + key + "!";
        }
    }
}
