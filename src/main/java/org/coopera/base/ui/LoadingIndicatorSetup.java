package org.coopera.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every UI shows Vaadin's loading bar as soon as a round trip has taken {@value #FIRST_DELAY_MS} ms
 * (Vaadin's default waits 450 ms): anything slower than that tells the user that it is working.
 */
@Component
class LoadingIndicatorSetup implements VaadinServiceInitListener {

    static final int FIRST_DELAY_MS = 300;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                init.getUI().getLoadingIndicatorConfiguration().setFirstDelay(FIRST_DELAY_MS));
    }
}
