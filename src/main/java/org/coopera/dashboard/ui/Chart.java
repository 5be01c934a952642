package org.coopera.dashboard.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * A chart drawn by Apache ECharts through Coopera's own element {@code <coopera-chart>}
 * (frontend/components/coopera-chart.ts). The option is ECharts' JSON; each data item may carry
 * an {@code id}, which a click reports back. The drawing is an image labelled by {@code label}
 * (role="img"); a button saves it as an image file. A series {@code {type: 'map', map: 'world'}} draws
 * the world's countries (Natural Earth shapes from world-atlas), each named by its ISO 3166-1 alpha-2 code.
 */
@Tag("coopera-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "i18n-iso-countries", version = "7.14.0")
@JsModule("./components/coopera-chart.ts")
public class Chart extends com.vaadin.flow.component.Component {

    /**
     * @param label     what the chart shows (its accessible name)
     * @param saveLabel the text of the "save as image" button
     * @param fileName  the saved image's file name, without extension
     */
    public Chart(String label, String saveLabel, String fileName) {
        getElement().setProperty("label", label);
        getElement().setProperty("saveLabel", saveLabel);
        getElement().setProperty("fileName", fileName);
    }

    /** The accessible name of the drawing. */
    public String label() {
        return getElement().getProperty("label");
    }

    /** Sets the ECharts option (JSON). */
    public void setOptionJson(String json) {
        getElement().setProperty("optionJson", json);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** A click on a bar, slice or country: the id of the data item clicked. */
    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<Chart> {
        private final String id;

        public ChartClickEvent(Chart source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
