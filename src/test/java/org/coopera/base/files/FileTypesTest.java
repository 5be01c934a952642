package org.coopera.base.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void theContentDecidesNotTheName() {
        assertThat(FileTypes.detect(TestFiles.pdf(), "minutes.pdf")).isEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(TestFiles.pdf(), "minutes.docx")).isEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(TestFiles.docx(), "report.docx")).isEqualTo(FileTypes.DOCX);
        assertThat(FileTypes.detect(TestFiles.png(), "photo.jpg")).isEqualTo(FileTypes.PNG);
    }

    @Test
    void disguisedFilesAreNotWhatTheirNameSays() {
        assertThat(FileTypes.detect(TestFiles.windowsProgram(), "report.pdf")).isNotEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(TestFiles.plainZip(), "report.docx")).isEqualTo(FileTypes.UNKNOWN);
        assertThat(FileTypes.detect(TestFiles.docx(), "budget.xlsx")).isEqualTo(FileTypes.UNKNOWN);
        assertThat(FileTypes.detect("<script>alert(1)</script>".getBytes(), "photo.png"))
                .isNotIn(FileKind.DOCUMENT.mediaTypes());
    }

    @Test
    void namesKeepOnlyTheirLastSegmentWithoutControlCharacters() {
        assertThat(StoredFileService.cleanName("C:\\Users\\x\\procès-verbal.pdf")).isEqualTo("procès-verbal.pdf");
        assertThat(StoredFileService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StoredFileService.cleanName("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(StoredFileService.cleanName("  ")).isEqualTo("file");
        assertThat(StoredFileService.cleanName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
