package com.inquirydesk.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers in text. {@link #maskIdentifiers} covers what a customer must never have
 * stored even in their own words (resident registration and card numbers); {@link #maskAll} also hides
 * phone numbers and e-mail addresses, for logs and exports. Pure functions, usable from the logging
 * framework before Spring starts.
 */
public final class PersonalDataMasker {

    /** Resident (or foreigner) registration number: birth date, gender digit, six more digits. */
    private static final Pattern RRN = Pattern.compile("(?<!\\d)(\\d{6})\\s?-?\\s?([1-8])\\d{6}(?!\\d)");
    /** Card numbers of 15 or 16 digits, optionally grouped by spaces or hyphens. */
    private static final Pattern CARD = Pattern.compile(
            "(?<!\\d)(\\d{4})[ -]?(\\d{4})[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)|(?<!\\d)(\\d{4})[ -]?(\\d{6})[ -]?(\\d{5})(?!\\d)");
    /** Korean mobile and landline numbers, with or without hyphens, and the +82 form. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(\\+82[ -]?|0)(1[016789]|2|[3-6][1-5]|70)[ .-]?(\\d{3,4})[ .-]?(\\d{4})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9._%+-])([A-Za-z0-9._%+-]*)@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    private PersonalDataMasker() {
    }

    /** Resident registration and card numbers only: applied to customers' free text before it is stored. */
    public static String maskIdentifiers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = RRN.matcher(text).replaceAll(m -> m.group(1) + "-" + m.group(2) + "******");
        return replace(CARD, masked, m -> m.group(1) != null
                ? m.group(1) + "-****-****-" + m.group(4)
                : m.group(5) + "-******-*****");
    }

    /** Every identifier: for log lines and exports. */
    public static String maskAll(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = maskIdentifiers(text);
        masked = PHONE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).strip() + m.group(2) + "-****-" + m.group(4)));
        return EMAIL.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(3)));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
