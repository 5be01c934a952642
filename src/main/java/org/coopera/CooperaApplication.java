package org.coopera;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Coopera: bilateral cooperation programmes, their projects and their progress reports. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/coopera.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)  // light, or dark when the system asks for it
public class CooperaApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CooperaApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Coopera");
    }
}
