package com.inquirydesk.system;

import java.util.regex.Pattern;

/**
 * Text from customers and staff keeps newlines and tabs and loses every other control character: C0 and C1
 * controls (NUL, ESC sequences, backspace, bell…) and the bidirectional overrides and isolates that make a
 * link or a file name read differently from what it is. A carriage return is dropped too, so CRLF from a
 * form becomes the newline every other path stores. Joiners and variation selectors stay: emoji need them.
 */
public final class ControlCharacters {

    private static final Pattern REMOVED = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private ControlCharacters() {
    }

    /** The text without control characters; null stays null. */
    public static String strip(String text) {
        if (text == null || !needsCleaning(text)) {
            return text;
        }
        return REMOVED.matcher(text).replaceAll("");
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return true;
            }
        }
        return false;
    }
}
