package com.inquirydesk.product;

/** Where a hand-off stands. DECLINED and RELEASED close it; feedback on the feature then opens a new one. */
public enum ProductFeedbackStatus {
    OPEN, ACCEPTED, PLANNED, DECLINED, NEED_INFO, RELEASED;

    public boolean isOpen() {
        return this != DECLINED && this != RELEASED;
    }
}
