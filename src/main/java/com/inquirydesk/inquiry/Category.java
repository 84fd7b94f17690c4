package com.inquirydesk.inquiry;

/** Inquiry categories; the routing of each lives in DMN {@code inquiryRouting}. */
public enum Category {
    GENERAL("일반"), BILLING("결제"), RETURN("반품·환불"), CONTRACT("계약"),
    TECHNICAL("기술·오류"), ACCOUNT("계정"), OTHER("기타");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
