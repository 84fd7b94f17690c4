package com.inquirydesk.voc;

/** The tone of a customer's comment, stored on the VOC item. */
public enum Sentiment {
    NEGATIVE("부정"), NEUTRAL("중립"), POSITIVE("긍정");

    private final String label;

    Sentiment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
