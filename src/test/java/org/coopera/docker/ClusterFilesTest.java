package org.coopera.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of {@code docker/compose-cluster.yaml} and its HAProxy files (issue 20): no Docker
 * engine runs on the build machines; the same parts run for real in {@code src/test/cluster/cluster.sh}.
 */
class ClusterFilesTest {

    private static final Path DOCKER = Path.of("docker");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?\\?");

    @Test
    void threeGaleraNodesOfMariaDb114EachWithItsVolumeAndASyncedHealthCheck() throws IOException {
        Map<String, Map<String, Object>> galera = services().entrySet().stream()
                .filter(s -> String.valueOf(s.getValue().get("command")).contains("--wsrep-node-name"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Set.of("db1", "db2", "db3"), galera.keySet(), "the Galera nodes of compose-cluster.yaml");
        Set<String> volumes = new TreeSet<>();
        galera.forEach((name, service) -> {
            assertEquals("mariadb:11.4", service.get("image"), name + "'s image");
            assertTrue(String.valueOf(service.get("healthcheck")).contains("--galera_online"),
                    name + "'s health check must wait for the node to be synced with the cluster");
            ((List<?>) service.get("volumes")).stream().map(String::valueOf)
                    .filter(v -> v.endsWith(":/var/lib/mysql")).forEach(volumes::add);
        });
        assertEquals(3, volumes.size(), "each Galera node keeps its data in a volume of its own: " + volumes);
        assertTrue(String.valueOf(galera.get("db1").get("command")).contains("--wsrep-new-cluster"),
                "db1 bootstraps the cluster");
    }

    @Test
    void galeraNodesLetTheApplicationAccountCreateTriggers() throws IOException {
        // without it, changeset 0050 fails on Galera with error 1419 (found by src/test/cluster/cluster.sh)
        String setting = "log_bin_trust_function_creators = 1";
        assertTrue(Files.readString(DOCKER.resolve("cluster/galera.cnf")).contains(setting),
                "docker/cluster/galera.cnf must set " + setting);
        assertTrue(Files.readString(Path.of("src/test/cluster/cluster.sh")).contains(setting),
                "src/test/cluster/cluster.sh must set " + setting + " on its Galera nodes");
    }

    @Test
    void everyServiceHasAHealthCheck() throws IOException {
        services().forEach((name, service) -> assertTrue(service.containsKey("healthcheck"),
                "service '" + name + "' of compose-cluster.yaml has no health check"));
    }

    /** A secret the single-node compose file requires is required by the cluster's too (Coopera refuses to start without it). */
    @Test
    void theCooperaNodesRequireEverySecretTheSingleNodeFileRequires() throws IOException {
        Set<String> single = required(Files.readString(DOCKER.resolve("compose.yaml")));
        Set<String> cluster = required(Files.readString(DOCKER.resolve("compose-cluster.yaml")));
        assertTrue(cluster.containsAll(single), "compose-cluster.yaml lacks " + missing(single, cluster));
        Set<String> listed = required(Files.readString(DOCKER.resolve(".env.example")).lines()
                .map(l -> l.replaceAll("^([A-Z_0-9]+)=.*", "\\${$1:?}")).collect(Collectors.joining("\n")));
        assertTrue(listed.containsAll(cluster), "docker/.env.example lacks " + missing(cluster, listed));
    }

    @Test
    void twoCooperaNodesOnTheDatabaseProxyDrainedBeforeTheyStop() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> service = services.get(app);
            Map<?, ?> env = assertInstanceOf(Map.class, service.get("environment"), app + "'s environment");
            assertEquals("jdbc:mariadb://db-proxy:3306/coopera", env.get("SPRING_DATASOURCE_URL"), app);
            assertTrue(env.containsKey("COOPERA_SHUTDOWN_DRAIN_DELAY"), app + " must be drained before it stops");
            assertTrue(service.containsKey("stop_grace_period"), app + " needs time to drain and finish its requests");
        }
    }

    @Test
    void theApplicationProxyKeepsSessionsStickyAndChecksReadiness() throws IOException {
        String config = Files.readString(DOCKER.resolve("cluster/haproxy-app.cfg"));
        assertTrue(config.matches("(?s).*\\n\\s*cookie \\S+ insert.*"), "haproxy-app.cfg: no sticky-session cookie");
        assertTrue(config.contains("option httpchk GET /actuator/health/readiness"),
                "haproxy-app.cfg must check readiness, which a draining node turns to 503");
        assertEquals(2, count(config, "(?m)^\\s*server app\\d \\S+ check cookie app\\d"), "haproxy-app.cfg's servers");
    }

    @Test
    void theDatabaseProxySendsEveryConnectionToOneGaleraNode() throws IOException {
        String config = Files.readString(DOCKER.resolve("cluster/haproxy-db.cfg"));
        assertEquals(3, count(config, "(?m)^\\s*server db\\d db\\d:3306 check"), "haproxy-db.cfg's servers");
        assertEquals(2, count(config, "(?m)^\\s*server db\\d db\\d:3306 check backup"),
                "haproxy-db.cfg: one writer, two backups");
        assertTrue(config.contains("option mysql-check user haproxy"), "haproxy-db.cfg: no MariaDB health check");
        assertTrue(Files.readString(DOCKER.resolve("cluster/haproxy-check.sql")).contains("'haproxy'"),
                "haproxy-check.sql must create the check's user");
    }

    @Test
    void everyMountedFileExists() throws IOException {
        Matcher mount = Pattern.compile("(\\./cluster/[\\w.-]+):").matcher(Files.readString(DOCKER.resolve("compose-cluster.yaml")));
        int found = 0;
        while (mount.find()) {
            found++;
            assertTrue(Files.isRegularFile(DOCKER.resolve(mount.group(1))), "compose-cluster.yaml mounts " + mount.group(1));
        }
        assertTrue(found >= 3, "compose-cluster.yaml mounts the Galera and HAProxy files");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(DOCKER.resolve("compose-cluster.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static Set<String> required(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = REQUIRED_VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
