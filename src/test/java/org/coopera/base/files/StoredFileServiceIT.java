package org.coopera.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithUserDetails("agent")
class StoredFileServiceIT {

    @Autowired
    StoredFileService files;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredFileComesBackByteForByteWithWhoStoredIt() {
        byte[] docx = TestFiles.docx();
        StoredFileRef ref = transaction.execute(s -> files.store("compte-rendu signé.docx", docx, FileKind.DOCUMENT));

        assertThat(ref.mediaType()).isEqualTo(FileTypes.DOCX);
        assertThat(ref.size()).isEqualTo(docx.length);
        FileContent loaded = files.load(ref.id());
        assertThat(loaded.bytes()).isEqualTo(docx);
        assertThat(loaded.ref().name()).isEqualTo("compte-rendu signé.docx");
        assertThat(jdbc.sql("select created_by from stored_file where id = ?").param(ref.id()).query(String.class).single())
                .isEqualTo("agent");
    }

    @Test
    void aFileTooLargeOrDisguisedIsRefusedAndNothingIsStored() {
        long before = count();
        int tooLarge = (int) files.maxSize() + 1;
        assertThatThrownBy(() -> transaction.execute(s -> files.store("big.pdf", TestFiles.pdfOfSize(tooLarge), FileKind.DOCUMENT)))
                .isInstanceOf(BusinessException.class).hasMessage("files.too-large");
        assertThatThrownBy(() -> transaction.execute(s -> files.store("report.pdf", TestFiles.windowsProgram(), FileKind.DOCUMENT)))
                .isInstanceOf(BusinessException.class).hasMessage("files.type-refused.DOCUMENT");
        assertThatThrownBy(() -> transaction.execute(s -> files.store("report.docx", TestFiles.plainZip(), FileKind.DOCUMENT)))
                .isInstanceOf(BusinessException.class).hasMessage("files.type-refused.DOCUMENT");
        assertThatThrownBy(() -> transaction.execute(s -> files.store("photo.png", TestFiles.pdf(), FileKind.IMAGE)))
                .isInstanceOf(BusinessException.class).hasMessage("files.type-refused.IMAGE");
        assertThatThrownBy(() -> transaction.execute(s -> files.store("empty.pdf", new byte[0], FileKind.DOCUMENT)))
                .isInstanceOf(BusinessException.class).hasMessage("files.empty");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileAtTheLimitFitsInTheDatabase() {
        int atLimit = (int) files.maxSize();
        StoredFileRef ref = transaction.execute(s -> files.store("limit.pdf", TestFiles.pdfOfSize(atLimit), FileKind.DOCUMENT));
        assertThat(files.load(ref.id()).bytes()).hasSize(atLimit);
        transaction.executeWithoutResult(s -> files.delete(ref.id()));
        assertThat(files.find(ref.id())).isEmpty();
    }

    @Test
    void aFileIsStoredOnlyWithTheRecordThatOwnsIt() {
        assertThatThrownBy(() -> files.store("minutes.pdf", TestFiles.pdf(), FileKind.DOCUMENT))
                .isInstanceOf(IllegalTransactionStateException.class);

        long before = count();
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            files.store("minutes.pdf", TestFiles.pdf(), FileKind.DOCUMENT);
            throw new IllegalStateException("the owning record failed to save");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }
}
