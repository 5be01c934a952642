package org.coopera.security.sso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of single sign-on: the application configured for the tests' OpenID Connect provider and
 * LDAP directory ({@link SsoTestEnvironment}); a context of its own, so a JVM of its own. Put on an
 * {@link IntegrationTest} (or an E2ETestBase subclass).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = SsoTestEnvironment.class)
@Tag(IntegrationTest.OWN_JVM)
public @interface SsoTest {
}
