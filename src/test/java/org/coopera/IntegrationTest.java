package org.coopera;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test on the whole application, served on a random port, and a real (embedded) MariaDB with
 * the demo data set. Every such test shares one Spring context per test JVM: Vaadin installs a
 * security-context strategy per application context, so tests on two differently configured
 * contexts in one JVM would not see each other's signed-in user. A test that needs its own
 * configuration is tagged {@link #OWN_JVM} and runs in a JVM of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {

    /** JUnit tag of the tests that start a differently configured application context. */
    String OWN_JVM = "own-jvm";
}
