package com.inquirydesk.intake;

import com.inquirydesk.ratelimit.AbuseLimits;
import com.inquirydesk.system.TransientFailures;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Takes a new inquiry in exactly once per Idempotency-Key, also when the same key arrives on several
 * requests at the same moment. Nothing is checked and then acted on: each request tries to register, the
 * unique key decides the winner, and a loser answers with the winner's inquiry (replayed) once it is
 * committed. A lost lock race is simply tried again.
 */
@Service
public class IdempotentIntake {

    private final IntakeService intake;
    private final AbuseLimits limits;

    IdempotentIntake(IntakeService intake, AbuseLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    /**
     * A repeated request (same key) is answered without counting against the limits: it stores nothing.
     * A new one is counted first, so a refused request leaves no trace.
     */
    public IntakeService.Intake submit(NewInquiryRequest request, String idempotencyKey, String sourceAddress) {
        Optional<IntakeService.Intake> replayed = TransientFailures.retry("intake replay",
                () -> intake.replay(idempotencyKey, request));
        if (replayed.isPresent()) {
            return replayed.get();
        }
        var contact = request.customer();
        limits.admitIntake(sourceAddress, contact.email(), contact.phone(), contact.externalId());
        return TransientFailures.retry("intake", () -> intake.replay(idempotencyKey, request).orElseGet(() -> {
            try {
                return intake.receive(request, idempotencyKey, sourceAddress);
            } catch (DataIntegrityViolationException concurrentRetry) {
                // The same key raced in on another request and won; answer as that request did.
                return intake.replay(idempotencyKey, request).orElseThrow(() -> concurrentRetry);
            }
        }));
    }
}
