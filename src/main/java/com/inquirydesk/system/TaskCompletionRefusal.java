package com.inquirydesk.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A task listener refusing a completion (a missing choice, a value the process owns). The engine wraps
 * every listener exception into a generic one that its REST API answers with 500; the refusal is also
 * noted on the current request so that {@link TaskCompletionRefusalFilter} answers 400 with the same
 * message, which Tasklist shows next to the form.
 */
public final class TaskCompletionRefusal {

    static final String ATTRIBUTE = TaskCompletionRefusal.class.getName();

    private TaskCompletionRefusal() {
    }

    public static BadUserRequestException refuse(String message) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, message, RequestAttributes.SCOPE_REQUEST);
        }
        return new BadUserRequestException(message);
    }
}
