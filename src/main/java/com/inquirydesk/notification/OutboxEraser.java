package com.inquirydesk.notification;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Notices to the customer keep their template, channel and delivery state; address and rendered text go. */
@Component
class OutboxEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    OutboxEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.inquiryIds().isEmpty()) {
            jdbc.update("UPDATE notification_outbox SET recipient = NULL, payload = '" + ERASED + "' WHERE inquiry_id IN ("
                    + CustomerErasure.placeholders(erasure.inquiryIds().size()) + ")", erasure.inquiryIds().toArray());
        }
    }
}
