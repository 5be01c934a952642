package org.coopera.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Recovery codes, shown once: each signs in once in place of the app's code. */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes, Runnable onDone) {
        addClassName("recovery-codes-panel");
        var list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        var done = new Button(getTranslation("two-factor.recovery.done"), click -> onDone.run());
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("two-factor.recovery.title")),
                new Paragraph(getTranslation("two-factor.recovery.intro", codes.size())), list, done);
    }
}
