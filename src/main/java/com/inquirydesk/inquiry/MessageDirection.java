package com.inquirydesk.inquiry;

public enum MessageDirection {
    CUSTOMER, AGENT, SYSTEM, NOTE;

    /** Internal notes never reach the customer. */
    public boolean isPublic() {
        return this != NOTE;
    }
}
