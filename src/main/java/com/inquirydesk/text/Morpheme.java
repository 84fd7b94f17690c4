package com.inquirydesk.text;

import org.apache.lucene.analysis.ko.POS;

/** A morpheme as Nori read it: its dictionary form (the stem of a verb or adjective) and its part of speech. */
record Morpheme(String term, POS.Tag tag) {

    boolean isParticleOrEnding() {
        return switch (tag) {
            case J, E, XSV, XSA, XSN, VCP, SF, SP, SC, SE, SSO, SSC -> true;
            default -> false;
        };
    }
}
