package com.inquirydesk.audit;

import com.inquirydesk.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditService {

    /** The actor of actions customers take themselves (they have no login). */
    public static final String CUSTOMER = "customer";

    private final AuditEventRepository events;
    private final TimeSource time;

    public AuditService(AuditEventRepository events, TimeSource time) {
        this.events = events;
        this.time = time;
    }

    /** Joins the caller's transaction: an action that rolls back leaves no audit trace of having happened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String sourceAddress, String action, Long customerId, String entityType,
                       String entityId, String details) {
        events.save(new AuditEvent(time.now(), actor, sourceAddress, action, customerId, entityType, entityId, details));
    }
}
