package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.bulletin.SafeHtmlAssertions.assertSafe;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.coopera.base.BusinessException;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the import of a bulletin's plain-text form ({@link BulletinTextParser}): any text is either
 * read into a draft, whose body renders to safe HTML and whose links are http(s), or refused with a
 * {@link BusinessException} the import dialog shows; any other exception is a finding. Seeds:
 * {@code BulletinTextParserFuzzTestInputs} (UTF-8 text, the two bulletins of the seeds among them).
 * How it runs: see the pom.
 */
@Tag("fuzz-target")
public class BulletinTextParserFuzzTest {

    private static final Set<String> REFUSALS = Set.of("bulletin.import.empty", "bulletin.import.too-long",
            "bulletin.import.date", "bulletin.import.title-empty", "bulletin.link.scheme");

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "")
    void readsOrRefusesAnyText(byte[] input) {
        check(input);
    }

    /** One input: UTF-8 text. */
    public static void check(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ImportedBulletin imported;
        try {
            imported = BulletinTextParser.parse(text);
        } catch (BusinessException refused) {
            assertThat(refused.messageKey()).isIn(REFUSALS);
            return;
        }
        BulletinDraft draft = imported.draft();
        assertThat(draft.date()).isNotNull();
        assertThat(draft.title()).isNotBlank();
        assertThat(draft.status()).isEqualTo(BulletinStatus.DRAFT);
        for (BulletinLink link : draft.links()) {
            assertThat(link.url()).matches("(?i)(https?://.*)?");
        }
        // what the import dialog shows
        assertSafe(SafeMarkdown.toHtml(draft.body()));
    }
}
