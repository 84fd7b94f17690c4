package com.inquirydesk.sla;

public enum SlaMetric {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
}
