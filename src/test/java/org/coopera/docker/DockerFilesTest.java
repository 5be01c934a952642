package org.coopera.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of the {@code docker/} files: no Docker engine runs on the build machines, so
 * the Dockerfile and the compose file are checked as text and YAML. Runs from the repository
 * root (Surefire's working directory).
 */
class DockerFilesTest {

    private static final Path DOCKER_DIR = Path.of("docker");
    private static final Path DOCKERFILE = DOCKER_DIR.resolve("Dockerfile");
    private static final Path COMPOSE = DOCKER_DIR.resolve("compose.yaml");
    private static final Path ENV_EXAMPLE = DOCKER_DIR.resolve(".env.example");

    private static final int MIN_JAVA = 21;

    /** {@code ${VAR}}, {@code ${VAR?msg}} or {@code ${VAR:?msg}}: a reference with no default. */
    private static final Pattern SECRET_REFERENCE =
            Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?\\?[^}]*)?}");
    /** A variable the compose file requires: {@code ${VAR?...}} or {@code ${VAR:?...}}. */
    private static final Pattern REQUIRED_VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?\\?");

    // ---------------------------------------------------------------- Dockerfile

    @Test
    void dockerfileIsMultiStage() throws IOException {
        List<List<Instruction>> stages = stages(dockerfile());
        assertTrue(stages.size() >= 2,
                "docker/Dockerfile must be multi-stage (a build stage and a runtime stage), found "
                        + stages.size() + " FROM instruction(s)");
    }

    @Test
    void finalStageRunsAsNonRootUser() throws IOException {
        List<Instruction> runtime = finalStage();
        Instruction user = last(runtime, "USER");
        assertNotNull(user, "the final stage of docker/Dockerfile has no USER instruction, "
                + "so the application would run as root");
        String name = user.arguments().split(":", 2)[0].trim();
        assertFalse(name.isEmpty(), "the USER instruction of the final stage names no user");
        assertFalse(name.equals("root") || name.matches("0+"),
                "the final stage of docker/Dockerfile runs as root (USER " + user.arguments() + ")");
    }

    @Test
    void finalStageUsesJreOfJava21OrNewer() throws IOException {
        Instruction from = finalStage().getFirst();
        String image = imageOf(from, globalArgs(dockerfile()));
        String tag = tagOf(image);
        assertNotNull(tag, "the final stage's image '" + image + "' has no tag; "
                + "name a JRE tag such as eclipse-temurin:25-jre");
        assertTrue(Arrays.asList(tag.toLowerCase(Locale.ROOT).split("-")).contains("jre"),
                "the final stage must use a JRE image (no compiler, no Maven), not '" + image + "'");
        Matcher major = Pattern.compile("^(\\d+)").matcher(tag);
        assertTrue(major.find(), "cannot read the Java version from the tag of '" + image + "'");
        assertTrue(Integer.parseInt(major.group(1)) >= MIN_JAVA,
                "the final stage's JRE '" + image + "' is older than Java " + MIN_JAVA);
    }

    @Test
    void finalStageHasActuatorHealthCheck() throws IOException {
        Instruction healthcheck = last(finalStage(), "HEALTHCHECK");
        assertNotNull(healthcheck, "the final stage of docker/Dockerfile has no HEALTHCHECK");
        assertFalse(healthcheck.arguments().trim().equalsIgnoreCase("NONE"),
                "the final stage of docker/Dockerfile disables the health check (HEALTHCHECK NONE)");
        assertTrue(healthcheck.arguments().contains("/actuator/health"),
                "the HEALTHCHECK of docker/Dockerfile must probe /actuator/health: "
                        + healthcheck.arguments());
    }

    @Test
    void buildsProductionJarWithoutEmbeddedDatabase() throws IOException {
        List<String> mavenRuns = new ArrayList<>();
        for (Instruction instruction : stages(dockerfile()).stream().flatMap(List::stream).toList()) {
            if (instruction.keyword().equals("RUN") && instruction.arguments().matches("(?s).*\\bmvnw?\\b.*")
                    && instruction.arguments().contains("package")) {
                mavenRuns.add(instruction.arguments());
            }
        }
        assertFalse(mavenRuns.isEmpty(), "docker/Dockerfile has no RUN instruction that runs "
                + "`mvnw ... package`");
        for (String run : mavenRuns) {
            List<String> tokens = Arrays.asList(run.split("\\s+"));
            assertTrue(tokens.stream().anyMatch(t -> t.equals("-Dproduction") || t.startsWith("-Dproduction=")),
                    "the Maven build in docker/Dockerfile must pass -Dproduction (else the jar "
                            + "carries the embedded MariaDB binaries): " + run);
            assertTrue(tokens.stream().anyMatch(t -> t.startsWith("-P")
                            && Arrays.asList(t.substring(2).split(",")).contains("production")),
                    "the Maven build in docker/Dockerfile must activate the Vaadin production "
                            + "profile (-Pproduction): " + run);
        }
    }

    // ---------------------------------------------------------------- compose.yaml

    @Test
    void composeHasDatabaseAndApplication() throws IOException {
        Map<String, Object> services = services();
        assertTrue(services.containsKey("db"), "docker/compose.yaml has no service 'db'");
        assertTrue(services.containsKey("app"), "docker/compose.yaml has no service 'app'");
        assertEquals("mariadb:11.4", service("db").get("image"),
                "service 'db' in docker/compose.yaml must use the image mariadb:11.4");
    }

    @Test
    void appIsBuiltFromTheDockerfile() throws IOException {
        Object build = service("app").get("build");
        Map<String, Object> map = asMap(build, "service 'app' must have a 'build' section with "
                + "'context' and 'dockerfile'");
        Object context = map.get("context");
        Object dockerfile = map.get("dockerfile");
        assertNotNull(context, "the build of service 'app' names no context");
        assertNotNull(dockerfile, "the build of service 'app' names no dockerfile");
        Path resolved = DOCKER_DIR.resolve(context.toString()).resolve(dockerfile.toString()).normalize();
        assertTrue(Files.isRegularFile(resolved), "the build of service 'app' points at "
                + resolved + ", which does not exist");
        assertTrue(Files.isRegularFile(DOCKER_DIR.resolve(context.toString()).resolve("pom.xml")),
                "the build context of service 'app' must be the repository root (with pom.xml), not '"
                        + context + "'");
    }

    @Test
    void databaseKeepsItsDataInADeclaredNamedVolume() throws IOException {
        Map<String, Object> declared = asMap(compose().get("volumes"),
                "docker/compose.yaml declares no top-level 'volumes' (the database needs a named volume)");
        Object mounts = service("db").get("volumes");
        assertInstanceOf(List.class, mounts, "service 'db' mounts no volume");
        boolean found = false;
        for (Object mount : (List<?>) mounts) {
            String source;
            String target;
            if (mount instanceof String text) {
                String[] parts = text.split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
            } else if (mount instanceof Map<?, ?> map) {
                if (!"volume".equals(map.get("type"))) {
                    continue;
                }
                source = String.valueOf(map.get("source"));
                target = String.valueOf(map.get("target"));
            } else {
                continue;
            }
            if (target.equals("/var/lib/mysql") && declared.containsKey(source)) {
                found = true;
            }
        }
        assertTrue(found, "service 'db' must mount a named volume declared under the top-level "
                + "'volumes' at /var/lib/mysql; declared: " + declared.keySet() + ", mounts: " + mounts);
    }

    @Test
    void bothServicesHaveHealthChecks() throws IOException {
        for (String name : List.of("db", "app")) {
            Map<String, Object> healthcheck = asMap(service(name).get("healthcheck"),
                    "service '" + name + "' in docker/compose.yaml has no healthcheck");
            assertFalse(Boolean.TRUE.equals(healthcheck.get("disable")),
                    "the healthcheck of service '" + name + "' is disabled");
            Object test = healthcheck.get("test");
            boolean valid = test instanceof String text ? !text.isBlank()
                    : test instanceof List<?> list && !list.isEmpty() && !"NONE".equals(list.getFirst());
            assertTrue(valid, "the healthcheck of service '" + name + "' has no test command: " + test);
        }
        Object appTest = asMap(service("app").get("healthcheck"), "").get("test");
        assertTrue(String.valueOf(appTest).contains("/actuator/health"),
                "the healthcheck of service 'app' must probe /actuator/health: " + appTest);
    }

    @Test
    void appWaitsForHealthyDatabase() throws IOException {
        Object dependsOn = service("app").get("depends_on");
        Map<String, Object> map = asMap(dependsOn, "service 'app' must depend on 'db' in the long "
                + "form (depends_on: db: condition: service_healthy), found: " + dependsOn);
        Map<String, Object> db = asMap(map.get("db"), "service 'app' does not depend on 'db'");
        assertEquals("service_healthy", db.get("condition"),
                "service 'app' must wait until 'db' is healthy (condition: service_healthy)");
    }

    @Test
    void passwordsAreReferencesNotLiterals() throws IOException {
        List<String> literal = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Object> service : services().entrySet()) {
            Map<String, Object> definition = asMap(service.getValue(),
                    "service '" + service.getKey() + "' in docker/compose.yaml is not a mapping");
            for (Map.Entry<String, Object> variable : environment(definition.get("environment")).entrySet()) {
                String key = variable.getKey().toUpperCase(Locale.ROOT);
                if (!key.contains("PASSWORD") || key.endsWith("_FILE")) {
                    continue;
                }
                checked++;
                Object value = variable.getValue();
                // null: taken from the shell environment, nothing written in the file
                if (value != null && !(value instanceof String text && SECRET_REFERENCE.matcher(text).matches())) {
                    literal.add(service.getKey() + "." + variable.getKey());
                }
            }
        }
        assertTrue(checked > 0, "docker/compose.yaml sets no *PASSWORD* variable: the database "
                + "and the application need one");
        assertTrue(literal.isEmpty(), "docker/compose.yaml must take every password from the "
                + "environment as ${VAR} or ${VAR:?message} (no literal, no default value): " + literal);
    }

    // ---------------------------------------------------------------- .env.example

    @Test
    void envExampleListsEveryRequiredVariable() throws IOException {
        assertTrue(Files.isRegularFile(ENV_EXAMPLE), "docker/.env.example is missing");
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            Matcher assignment = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=").matcher(line);
            if (assignment.find()) {
                listed.add(assignment.group(1));
            }
        }
        Set<String> required = new TreeSet<>();
        Matcher reference = REQUIRED_VARIABLE.matcher(Files.readString(COMPOSE));
        while (reference.find()) {
            required.add(reference.group(1));
        }
        required.removeAll(listed);
        assertTrue(required.isEmpty(),
                "docker/.env.example does not list variables that docker/compose.yaml requires: " + required);
    }

    // ---------------------------------------------------------------- Dockerfile parsing

    /** One Dockerfile instruction, continuation lines joined. */
    private record Instruction(String keyword, String arguments) {
    }

    private static List<String> dockerfile() throws IOException {
        assertTrue(Files.isRegularFile(DOCKERFILE), "docker/Dockerfile is missing (working directory: "
                + Path.of("").toAbsolutePath() + ")");
        return Files.readAllLines(DOCKERFILE);
    }

    /** Instructions grouped by stage; each stage starts with its FROM. ARGs before the first FROM are left out. */
    private static List<List<Instruction>> stages(List<String> lines) {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction instruction : instructions(lines)) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.getLast().add(instruction);
            }
        }
        return stages;
    }

    private static List<Instruction> instructions(List<String> lines) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            // comment lines (and parser directives) are dropped, even inside a continued instruction
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] parts = text.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            }
        }
        return instructions;
    }

    private static List<Instruction> finalStage() throws IOException {
        List<List<Instruction>> stages = stages(dockerfile());
        assertFalse(stages.isEmpty(), "docker/Dockerfile has no FROM instruction");
        return stages.getLast();
    }

    private static Instruction last(List<Instruction> stage, String keyword) {
        Instruction found = null;
        for (Instruction instruction : stage) {
            if (instruction.keyword().equals(keyword)) {
                found = instruction;
            }
        }
        return found;
    }

    /** Default values of the ARGs declared before the first FROM, which FROM lines may use. */
    private static Map<String, String> globalArgs(List<String> lines) {
        Map<String, String> args = new HashMap<>();
        for (Instruction instruction : instructions(lines)) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            if (instruction.keyword().equals("ARG")) {
                String[] nameAndValue = instruction.arguments().split("=", 2);
                if (nameAndValue.length == 2) {
                    args.put(nameAndValue[0].trim(), nameAndValue[1].trim().replaceAll("^\"|\"$", ""));
                }
            }
        }
        return args;
    }

    /** The image of a FROM instruction, flags skipped and global ARGs substituted. */
    private static String imageOf(Instruction from, Map<String, String> args) {
        String image = Arrays.stream(from.arguments().split("\\s+"))
                .filter(token -> !token.startsWith("--"))
                .findFirst()
                .orElse("");
        Matcher variable = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?").matcher(image);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = args.get(variable.group(1));
            assertNotNull(value, "the final stage's image '" + image + "' uses $" + variable.group(1)
                    + ", which has no default in a global ARG");
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        return resolved.toString();
    }

    /** The tag of an image reference ({@code registry:5000/name:tag@digest}), or null. */
    private static String tagOf(String image) {
        String withoutDigest = image.split("@", 2)[0];
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(colon + 1) : null;
    }

    // ---------------------------------------------------------------- compose parsing

    private static Map<String, Object> compose() throws IOException {
        assertTrue(Files.isRegularFile(COMPOSE), "docker/compose.yaml is missing");
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(COMPOSE));
        } catch (RuntimeException e) {
            return fail("docker/compose.yaml is not valid YAML: " + e.getMessage(), e);
        }
        return asMap(document, "docker/compose.yaml must be a YAML mapping");
    }

    private static Map<String, Object> services() throws IOException {
        return asMap(compose().get("services"), "docker/compose.yaml has no 'services' mapping");
    }

    private static Map<String, Object> service(String name) throws IOException {
        return asMap(services().get(name), "docker/compose.yaml has no service '" + name + "'");
    }

    /** Environment in either form: a mapping, or a list of {@code KEY=value} (or bare {@code KEY}). */
    private static Map<String, Object> environment(Object environment) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(String.valueOf(key), value));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] keyAndValue = String.valueOf(entry).split("=", 2);
                variables.put(keyAndValue[0], keyAndValue.length > 1 ? keyAndValue[1] : null);
            }
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String message) {
        assertInstanceOf(Map.class, value, message);
        return (Map<String, Object>) value;
    }
}
