package com.inquirydesk.voc;

/** OPEN until a reviewer has decided, IN_REVIEW while the chosen action is carried out, then CLOSED. */
public enum VocStatus {
    OPEN, IN_REVIEW, CLOSED
}
