package org.coopera.security.sso;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the tests' identity provider ({@link TestIdentityProvider}) and LDAP directory (UnboundID
 * in memory, loaded from {@code sso/directory.ldif}) once per JVM, and configures Coopera to use
 * both, with the same properties an installation sets.
 */
public class SsoTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROVIDER_NAME = "Identité Test";
    public static final String BASE_DN = "dc=coopera,dc=test";

    private static InMemoryDirectoryServer directory;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String issuer = TestIdentityProvider.start();
        int ldapPort = startDirectory();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sso-test", Map.ofEntries(
                Map.entry("coopera.security.sso.oidc.issuer", issuer),
                Map.entry("coopera.security.sso.oidc.client-id", TestIdentityProvider.CLIENT_ID),
                Map.entry("coopera.security.sso.oidc.client-secret", TestIdentityProvider.CLIENT_SECRET),
                Map.entry("coopera.security.sso.oidc.name", PROVIDER_NAME),
                Map.entry("coopera.security.sso.oidc.api-audience", TestIdentityProvider.CLIENT_ID),
                Map.entry("coopera.security.sso.ldap.url", "ldap://localhost:" + ldapPort + "/" + BASE_DN),
                Map.entry("coopera.security.sso.ldap.user-dn-pattern", "uid={0},ou=people"),
                Map.entry("coopera.security.sso.ldap.group-search-base", "ou=groups"),
                Map.entry("coopera.security.sso.role-groups.admin", "coopera-admins"),
                Map.entry("coopera.security.sso.role-groups.manager", TestIdentityProvider.MANAGERS),
                Map.entry("coopera.security.sso.role-groups.officer", "Coopera-Officers"),
                Map.entry("coopera.security.sso.role-groups.reader", "coopera-readers"))));
    }

    private static synchronized int startDirectory() {
        if (directory == null) {
            try (InputStream ldif = SsoTestEnvironment.class.getResourceAsStream("/sso/directory.ldif")) {
                var config = new InMemoryDirectoryServerConfig(BASE_DN);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
                config.setSchema(null);
                var server = new InMemoryDirectoryServer(config);
                server.importFromLDIF(true, new LDIFReader(ldif));
                server.startListening();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutDown(true)));
                directory = server;
            } catch (Exception e) {
                throw new IllegalStateException("The tests' LDAP directory did not start", e);
            }
        }
        return directory.getListenPort();
    }
}
