package com.inquirydesk.product;

import com.inquirydesk.system.EngineAuthorization;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine side of a hand-off. Reports arrive from other processes' steps, which may run with a VOC
 * reviewer's Tasklist authorizations; starting or signalling the hand-off is the process's own business.
 */
@Component
public class ProductHandoffProcess {

    private static final Logger log = LoggerFactory.getLogger(ProductHandoffProcess.class);

    private final RuntimeService runtime;

    public ProductHandoffProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(long feedbackId, String featureKey, Duration reminderAfter) {
        EngineAuthorization.asProcess(() -> runtime.startProcessInstanceByKey(ProductHandoff.PROCESS_KEY, featureKey,
                Map.of(ProductHandoffVariables.FEEDBACK_ID, feedbackId,
                        ProductHandoffVariables.FEATURE_KEY, featureKey,
                        ProductHandoffVariables.TRIAGE_REMINDER_AFTER, reminderAfter.toString())));
    }

    /**
     * Lets the running hand-off refresh what its triage form shows. The counts are already stored, so a
     * hand-off that cannot hear it (say, deleted by an administrator) loses nothing but the refresh.
     */
    public void feedbackAdded(long feedbackId, String featureKey) {
        int reached = EngineAuthorization.asProcess(() -> handoff(ProductHandoff.MSG_FEEDBACK_ADDED, feedbackId, featureKey)
                .correlateAllWithResult().size());
        if (reached == 0) {
            log.warn("No running productHandoff for feedback {} ({}) took the added feedback", feedbackId, featureKey);
        }
    }

    /** @return false when the hand-off is not waiting for a release (nothing happened) */
    public boolean fixReleased(long feedbackId, String featureKey, String release) {
        try {
            EngineAuthorization.asProcess(() -> handoff(ProductHandoff.MSG_FIX_RELEASED, feedbackId, featureKey)
                    .setVariable(ProductHandoffVariables.RELEASE, release)
                    .correlateWithResult());
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }

    // The business key alone is not enough: a closed hand-off may still be telling its customers while
    // a new one for the same feature has started.
    private MessageCorrelationBuilder handoff(String message, long feedbackId, String featureKey) {
        return runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(featureKey)
                .processInstanceVariableEquals(ProductHandoffVariables.FEEDBACK_ID, feedbackId);
    }
}
