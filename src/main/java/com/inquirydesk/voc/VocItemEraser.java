package com.inquirydesk.voc;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** VOC items keep category, sentiment and outcome; keywords mined from the customer's comment go. */
@Component
class VocItemEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    VocItemEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.inquiryIds().isEmpty()) {
            jdbc.update("UPDATE voc_item SET keywords = NULL WHERE inquiry_id IN ("
                    + CustomerErasure.placeholders(erasure.inquiryIds().size()) + ")", erasure.inquiryIds().toArray());
        }
    }
}
