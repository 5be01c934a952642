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
 * an {@code id}, which a click reports back.
 */
@Tag("coopera-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/coopera-chart.ts")
public class Chart extends com.vaadin.flow.component.Component {

    public Chart(String label) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
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
