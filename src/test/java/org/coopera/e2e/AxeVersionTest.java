package org.coopera.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.playwright.AxeBuilder;
import org.junit.jupiter.api.Test;

/** The end-to-end scans run the current axe-core, and refuse an older one (no browser needed). */
class AxeVersionTest {

    @Test
    void theAxeScriptOnTheClassPathIsTheCurrentOne() {
        assertThat(AxeBuilder.getAxeScript()).startsWith("/*! axe v" + E2ETestBase.MINIMUM_AXE);
    }

    @Test
    void aScanByAnOlderAxeIsRefused() {
        assertThatThrownBy(() -> E2ETestBase.assertCurrentAxe("4.11.0")).hasMessageContaining("4.11.0");
        assertThatThrownBy(() -> E2ETestBase.assertCurrentAxe(null)).hasMessageContaining("at least");
        E2ETestBase.assertCurrentAxe("4.14.1");
        E2ETestBase.assertCurrentAxe("4.15.0");
        assertThatThrownBy(() -> E2ETestBase.assertCurrentAxe("4.9.9")).hasMessageContaining("4.9.9");
    }
}
