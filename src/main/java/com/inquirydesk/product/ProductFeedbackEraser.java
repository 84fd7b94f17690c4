package com.inquirydesk.product;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The link keeps counting the customer as affected; the summary of what they wrote goes. */
@Component
class ProductFeedbackEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    ProductFeedbackEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.inquiryIds().isEmpty()) {
            jdbc.update("UPDATE product_feedback_link SET summary = NULL WHERE inquiry_id IN ("
                    + CustomerErasure.placeholders(erasure.inquiryIds().size()) + ")", erasure.inquiryIds().toArray());
        }
    }
}
