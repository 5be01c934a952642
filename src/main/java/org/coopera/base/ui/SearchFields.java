package org.coopera.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.stream.Stream;
import org.coopera.base.SearchText;

/**
 * Search fields and the lists they filter, held to {@link SearchText}'s cap: the browser stops at the
 * character cap, the field says why when the text is over it (a pasted or forged value, too many
 * words), and the lists fetch nothing meanwhile: the service refuses the text before any query
 * runs and these callbacks answer "no rows" instead of an error.
 */
public final class SearchFields {

    private SearchFields() {
    }

    /** Caps a search field and shows the localised refusal under it while its text is over the cap. */
    public static TextField cap(TextField field) {
        field.setMaxLength(SearchText.MAX_CHARS);
        field.addValueChangeListener(change -> check(field));
        return field;
    }

    /** Whether the field's text is within the cap; marks it invalid with the message when it is not. */
    public static boolean check(TextField field) {
        boolean fits = SearchText.fits(field.getValue());
        field.setErrorMessage(fits ? null
                : field.getTranslation(SearchText.TOO_LONG, SearchText.MAX_CHARS, SearchText.MAX_WORDS));
        field.setInvalid(!fits);
        return fits;
    }

    /** A fetch callback that answers no rows, running nothing, when its search text is over the cap. */
    public static <T, F> CallbackDataProvider.FetchCallback<T, F> fetch(CallbackDataProvider.FetchCallback<T, F> fetch) {
        return query -> {
            try {
                return fetch.fetch(query);
            } catch (SearchText.TooLongException e) {
                return Stream.empty();
            }
        };
    }

    /** A count callback that answers 0, running nothing, when its search text is over the cap. */
    public static <T, F> CallbackDataProvider.CountCallback<T, F> count(CallbackDataProvider.CountCallback<T, F> count) {
        return query -> {
            try {
                return count.count(query);
            } catch (SearchText.TooLongException e) {
                return 0;
            }
        };
    }
}
