package com.inquirydesk.system;

import java.util.List;
import java.util.Set;

/**
 * What is being erased: the customer's inquiries (ids and codes) and the engine's process instances that
 * concern them (the inquiries' own and those started on their behalf: surveys, VOC reviews). With
 * {@code wholeCustomer} the customer's own record goes too (erasure on request); without it only these
 * inquiries' texts go (the retention purge of closed inquiries, the customer may have newer ones).
 */
public record CustomerErasure(long customerId, boolean wholeCustomer, List<Long> inquiryIds, List<String> inquiryCodes,
                              Set<String> processInstanceIds) {

    /** "?, ?, ?" for an IN clause over {@code count} values (never empty: callers skip empty lists). */
    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
