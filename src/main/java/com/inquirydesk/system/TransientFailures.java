package com.inquirydesk.system;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a whole transaction again when it lost a race that a second attempt usually wins: a deadlock, a lock
 * wait timeout, or an optimistic-lock conflict (two customer replies to one process at once). Only for work
 * that is rolled back completely on failure and has no effect outside the database, so repeating it is safe.
 * Must be called outside the transaction it repeats.
 */
public final class TransientFailures {

    private static final Logger log = LoggerFactory.getLogger(TransientFailures.class);
    static final int ATTEMPTS = 4;

    private TransientFailures() {
    }

    public static <T> T retry(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                log.info("{}: attempt {} lost a race ({}), trying again", what, attempt, e.getClass().getSimpleName());
                pause(attempt);
            }
        }
    }

    /** A lost race, as opposed to a broken database or a bug: somewhere in the cause chain. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException
                    || t instanceof PessimisticLockingFailureException || t instanceof CannotAcquireLockException
                    || t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    // Random back-off so that the two losers of one race do not meet again at once.
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
