package com.inquirydesk.system;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Base of the typed variable accessors, one per process. Numbers arrive as Integer or Long depending
 * on who wrote them (Java, a form, the REST API), so ids are read through {@link Number}.
 */
public abstract class ProcessVariables {

    protected final VariableScope scope;

    protected ProcessVariables(VariableScope scope) {
        this.scope = scope;
    }

    protected long longValue(String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }

    protected Long optionalLong(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : ((Number) value).longValue();
    }

    protected String string(String name) {
        return (String) scope.getVariable(name);
    }

    /** Timers and due dates take java.util.Date; null stays null. */
    protected static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
