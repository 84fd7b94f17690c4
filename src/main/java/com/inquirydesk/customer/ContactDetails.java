package com.inquirydesk.customer;

import java.util.Locale;

/** How a customer identified themselves; normalised so the same person matches across channels. */
public record ContactDetails(String email, String phone, String name, String externalId) {

    public ContactDetails {
        email = blankToNull(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
        phone = normalisePhone(phone);
        name = blankToNull(name) == null ? null : name.trim();
        externalId = blankToNull(externalId) == null ? null : externalId.trim();
    }

    public boolean isEmpty() {
        return email == null && phone == null && externalId == null;
    }

    /** Korean numbers are written as 010-1234-5678, 01012345678 or +82 10 1234 5678: keep digits, local form. */
    static String normalisePhone(String raw) {
        if (blankToNull(raw) == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (raw.trim().startsWith("+82") && digits.startsWith("82")) {
            digits = "0" + digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
