package com.inquirydesk.voc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed the user task that led here: Tasklist and the REST API authenticate the engine call. */
final class StaffActor {

    private StaffActor() {
    }

    static String of(DelegateExecution execution, String fallback) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? fallback : authentication.getUserId();
    }
}
