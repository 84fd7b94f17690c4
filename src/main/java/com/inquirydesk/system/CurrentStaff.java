package com.inquirydesk.system;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The one helper for "the staff user doing this": inside an engine call (a task completion through Tasklist or
 * the engine REST API, and the steps it runs) the engine holds who is authenticated.
 */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    /** The authenticated staff user of the current engine call, or null for engine-internal calls (jobs, timers). */
    public static String userId(ProcessEngineServicesAware engineCall) {
        Authentication current = engineCall.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** The authenticated staff user, or {@code fallback} where nobody is authenticated. */
    public static String userIdOr(ProcessEngineServicesAware engineCall, String fallback) {
        String userId = userId(engineCall);
        return userId == null ? fallback : userId;
    }
}
