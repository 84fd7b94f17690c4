package com.inquirydesk.voc;

import com.inquirydesk.text.Tone;

/** The tone of a customer's comment, stored on the VOC item. */
public enum Sentiment {
    NEGATIVE("부정"), NEUTRAL("중립"), POSITIVE("긍정");

    private final String label;

    Sentiment(String label) {
        this.label = label;
    }

    public static Sentiment of(Tone tone) {
        return switch (tone) {
            case NEGATIVE -> NEGATIVE;
            case NEUTRAL -> NEUTRAL;
            case POSITIVE -> POSITIVE;
        };
    }

    public String label() {
        return label;
    }
}
