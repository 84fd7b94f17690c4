package com.inquirydesk.voc;

/** Where a VOC item came from: one survey answer, or a pattern seen in the weekly review. */
public enum VocSource {
    SURVEY, WEEKLY
}
