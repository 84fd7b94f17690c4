package com.inquirydesk.inquiry;

import java.util.EnumSet;
import java.util.Set;

public enum InquiryStatus {
    RECEIVED, OPEN, WAITING_CUSTOMER, ON_HOLD, RESOLVED, CLOSED, MERGED;

    /** Statuses in which the company still owes the customer something. */
    public static final Set<InquiryStatus> ACTIVE = EnumSet.of(RECEIVED, OPEN, WAITING_CUSTOMER, ON_HOLD);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
