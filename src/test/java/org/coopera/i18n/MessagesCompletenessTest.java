package org.coopera.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coopera.base.HistoryEntry;
import org.coopera.base.files.FileKind;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.program.UpdateAction;
import org.coopera.program.UpdateState;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every message key exists in French and in English, and every key the code names (translations,
 * menu titles, business errors, validation messages) exists in both.
 */
class MessagesCompletenessTest {

    private static final Pattern[] KEY_USES = {
            Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("@Menu\\(title = \"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("new BusinessException\\(\\s*\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("message = \"\\{([a-zA-Z0-9._-]+)}\""),
            Pattern.compile("Optional\\.of\\(\"([a-zA-Z0-9._-]+)\"\\)"),
            // a PageSection's id, then its heading's key: new PageSection("wg-history-section", "history.title", …)
            Pattern.compile("(?:super|new PageSection)\\(\"[a-zA-Z0-9._-]+\", \"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("(?:ErrorPage\\.fill\\(this, |titleKey = )\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("(?:ErrorPage\\.fill\\(this, [a-zA-Z\"._-]+, )\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("iconButton\\([A-Z_.a-z]+, (?:[a-z.() ?:A-Z]+\\? )?\"([a-zA-Z0-9._-]+)\""),
    };

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleIsRegisteredAndNoKeyIsDefinedTwice() throws IOException {
        String configuration = Files.readString(RESOURCES.resolve("application.yaml"));
        Matcher basenames = Pattern.compile("basename: ([^\\n]+)").matcher(configuration);
        assertThat(basenames.find()).as("spring.messages.basename in application.yaml").isTrue();
        Set<String> registered = new TreeSet<>(List.of(basenames.group(1).trim().split("\\s*,\\s*")));
        assertThat(registered).as("bundles named in spring.messages.basename")
                .containsExactlyInAnyOrderElementsOf(bundles());

        Map<String, String> owner = new HashMap<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + "_fr.properties").stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                assertThat(previous).as("key %s defined in %s and in %s", key, previous, bundle).isNull();
            }
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : bundles()) {
            Properties french = load(bundle + "_fr.properties");
            Properties english = load(bundle + "_en.properties");
            sameKeysAndNoEmptyText(bundle, french, english);
        }
    }

    private static void sameKeysAndNoEmptyText(String bundle, Properties french, Properties english) {

        assertThat(english.stringPropertyNames()).as("keys of %s in French but not in English", bundle)
                .containsAll(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).as("keys of %s in English but not in French", bundle)
                .containsAll(english.stringPropertyNames());
        for (Properties messages : new Properties[] {french, english}) {
            messages.forEach((key, value) -> assertThat(value.toString()).as("text of %s", key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInSources();
        for (Role role : Role.values()) {
            used.add("role." + role.name());
            used.add("role." + role.name() + ".description");
        }
        for (HistoryEntry.Kind kind : HistoryEntry.Kind.values()) {
            used.add("history.kind." + kind.name());
        }
        for (ProjectStatus status : ProjectStatus.values()) {
            used.add("project.status." + status.name());
        }
        for (ProjectHealth health : ProjectHealth.values()) {
            used.add("project.health." + health.name());
        }
        for (FileKind kind : FileKind.values()) {
            used.add("files.type-refused." + kind.name());
        }
        for (UpdateState state : UpdateState.values()) {
            used.add("update.state." + state.name());
        }
        for (UpdateAction action : UpdateAction.values()) {
            used.add("update.step." + action.name());
        }
        used.add("update.not-editable." + UpdateState.SUBMITTED.name());
        used.add("update.not-editable." + UpdateState.APPROVED.name());
        for (Theme theme : Theme.values()) {
            used.add("theme." + theme.name());
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);

        for (String language : new String[] {"fr", "en"}) {
            Set<String> missing = new TreeSet<>(used);
            for (String bundle : bundles()) {
                missing.removeAll(load(bundle + "_" + language + ".properties").stringPropertyNames());
            }
            assertThat(missing).as("keys missing in language %s", language).isEmpty();
        }
    }

    @Test
    void frenchTextsUseNonBreakingSpacesBeforeDoublePunctuation() throws IOException {
        for (String bundle : bundles()) {
            load(bundle + "_fr.properties").forEach((key, value) -> assertThat(value.toString())
                    .as("French typography of %s", key).doesNotContainPattern(" [:;!?»]"));
        }
    }

    /** messages (shared texts) and one bundle per feature under i18n/, e.g. i18n/status. */
    private static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        Path features = RESOURCES.resolve("i18n");
        if (Files.isDirectory(features)) {
            try (Stream<Path> files = Files.list(features)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_fr.properties")).sorted()
                        .forEach(n -> bundles.add("i18n/" + n.substring(0, n.length() - "_fr.properties".length())));
            }
        }
        return bundles;
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : KEY_USES) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        for (int group = 1; group <= matcher.groupCount(); group++) {
                            // a key ending with "." is a prefix completed at run time (role., history.kind.)
                            if (matcher.group(group) != null && !matcher.group(group).endsWith(".")) {
                                keys.add(matcher.group(group));
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
