package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.coopera.base.files.FileProperties;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code DatabaseFailures} alone decides which failures the API answers with 503 and Retry-After,
 * however Spring and Hibernate wrapped them; every other failure is a 500 (what the cluster test saw
 * before: a connection cut mid-write came back as a 500).
 */
class ApiExceptionHandlerTest {

    final StaticMessageSource messages = new StaticMessageSource();

    {
        messages.setUseCodeAsDefaultMessage(true);
    }
    final ApiExceptionHandler handler = new ApiExceptionHandler(
            new ApiProblems(messages, JsonMapper.builder().build()), messages, new FileProperties(null));
    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/people");

    @Test
    void theDatabaseGoneIsA503WithRetryAfterHoweverItIsWrapped() throws Exception {
        for (Exception failure : new Exception[] {
                new CannotCreateTransactionException("no connection"),
                new DataAccessResourceFailureException("gone"),
                new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")))}) {
            ResponseEntity<Object> answer = handler.unexpected(failure, request);
            assertThat(answer.getStatusCode().value()).as(failure.toString()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        }
    }

    @Test
    void anyOtherFailureIsA500WithoutRetryAfter() throws Exception {
        for (Exception failure : new Exception[] {new IllegalStateException("a bug"),
                new JpaSystemException(new RuntimeException(new SQLException("syntax", "42000")))}) {
            ResponseEntity<Object> answer = handler.unexpected(failure, request);
            assertThat(answer.getStatusCode().value()).as(failure.toString()).isEqualTo(500);
            assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
        }
    }
}
