package com.inquirydesk.sla;

public enum SlaEventKind {
    WARNED, BREACHED, MET
}
