package com.inquirydesk.inquiry;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Subjects, bodies and every message of the customer's inquiries (agents' replies quote customers too).
 * Codes, categories, status and all times stay for reporting.
 */
@Component
class InquiryTextEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    InquiryTextEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (erasure.inquiryIds().isEmpty()) {
            return;
        }
        String in = CustomerErasure.placeholders(erasure.inquiryIds().size());
        Object[] ids = erasure.inquiryIds().toArray();
        jdbc.update("UPDATE inquiry SET subject = '" + ERASED + "', body = '" + ERASED + "', idempotency_key = NULL, "
                + "request_fingerprint = NULL, version = version + 1 WHERE id IN (" + in + ")", ids);
        jdbc.update("UPDATE inquiry_message SET body = '" + ERASED + "' WHERE inquiry_id IN (" + in + ")", ids);
    }
}
