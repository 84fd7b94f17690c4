package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DeadlockLoserDataAccessException;

class TransientFailuresTest {

    @Test
    void aLostRaceIsRunAgainUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();
        String result = TransientFailures.retry("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw attempts.get() == 1 ? new DeadlockLoserDataAccessException("deadlock", null)
                        : new ProcessEngineException("wrapped", new OptimisticLockingException("conflict"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry("test", () -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingException("conflict");
        })).isInstanceOf(OptimisticLockingException.class);
        assertThat(attempts).hasValue(TransientFailures.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retry("test", () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
