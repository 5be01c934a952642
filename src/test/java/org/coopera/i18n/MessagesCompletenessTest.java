package org.coopera.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coopera.base.HistoryEntry;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
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
            Pattern.compile("super\\(\"([a-zA-Z0-9._-]+)\", \"([a-zA-Z0-9._-]+)\"\\)"),
            Pattern.compile("(?:ErrorPage\\.fill\\(this, |titleKey = )\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("(?:ErrorPage\\.fill\\(this, [a-zA-Z\"._-]+, )\"([a-zA-Z0-9._-]+)\""),
            Pattern.compile("iconButton\\([A-Z_.a-z]+, (?:[a-z.() ?:A-Z]+\\? )?\"([a-zA-Z0-9._-]+)\""),
    };

    @Test
    void frenchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties french = load("messages_fr.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).as("keys in French but not in English")
                .containsAll(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).as("keys in English but not in French")
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
        for (Theme theme : Theme.values()) {
            used.add("theme." + theme.name());
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(50);

        for (String file : new String[] {"messages_fr.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(file).stringPropertyNames());
            assertThat(missing).as("keys missing from %s", file).isEmpty();
        }
    }

    @Test
    void frenchTextsUseNonBreakingSpacesBeforeDoublePunctuation() throws IOException {
        load("messages_fr.properties").forEach((key, value) ->
                assertThat(value.toString()).as("French typography of %s", key).doesNotContainPattern(" [:;!?»]"));
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
