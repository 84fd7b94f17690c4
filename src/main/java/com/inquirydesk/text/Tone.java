package com.inquirydesk.text;

/** The overall tone of a text. */
public enum Tone {
    NEGATIVE, NEUTRAL, POSITIVE
}
