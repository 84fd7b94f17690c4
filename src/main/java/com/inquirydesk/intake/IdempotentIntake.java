package com.inquirydesk.intake;

import com.inquirydesk.system.TransientFailures;
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

    IdempotentIntake(IntakeService intake) {
        this.intake = intake;
    }

    public IntakeService.Intake submit(NewInquiryRequest request, String idempotencyKey, String sourceAddress) {
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
