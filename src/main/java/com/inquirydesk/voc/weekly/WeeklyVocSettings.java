package com.inquirydesk.voc.weekly;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the weekly VOC report under {@code inquiry-desk.weekly-voc.*}.
 *
 * @param lowCsatUpTo          a CSAT answer up to this is a low score
 * @param lowNpsUpTo           an NPS answer up to this (a detractor) is a low score
 * @param repeatedLowScores    a category with at least this many low scores in the week is flagged
 * @param clusterMinimum       OTHER inquiries sharing a top keyword form a new-category candidate from this many
 * @param topKeywords          how many keywords of the week's comments the report lists
 */
@ConfigurationProperties("inquiry-desk.weekly-voc")
public record WeeklyVocSettings(
        @DefaultValue("2") int lowCsatUpTo,
        @DefaultValue("6") int lowNpsUpTo,
        @DefaultValue("2") int repeatedLowScores,
        @DefaultValue("2") int clusterMinimum,
        @DefaultValue("10") int topKeywords) {

    public static WeeklyVocSettings defaults() {
        return new WeeklyVocSettings(2, 6, 2, 2, 10);
    }

    boolean isLow(int csat, int nps) {
        return csat <= lowCsatUpTo || nps <= lowNpsUpTo;
    }
}
