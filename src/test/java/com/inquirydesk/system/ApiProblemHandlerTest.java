package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiProblemHandlerTest {

    private final ApiProblemHandler handler = new ApiProblemHandler();

    @Test
    void noConnectionForATransactionIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = handler.databaseUnavailable(new CannotCreateTransactionException(
                "no connection", new SQLTransientConnectionException("pool timed out")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getType().toString()).endsWith("/service-unavailable");
    }

    @Test
    void aLostConnectionWrappedByTheEngineIsStill503() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new ProcessEngineException("engine failed",
                new PersistenceException("mybatis", new SQLTransientConnectionException("pool timed out"))));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aLockRaceThatOutlivedItsRetriesIsAConflictNotAServerError() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new ProcessEngineException("engine failed",
                new CannotAcquireLockException("lock wait timeout")));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void anythingElseStaysAnInternalError() {
        assertThat(handler.unexpected(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
    }
}
