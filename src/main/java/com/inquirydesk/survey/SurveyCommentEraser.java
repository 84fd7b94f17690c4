package com.inquirydesk.survey;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Survey scores stay (they are the statistics); the customer's comment goes. */
@Component
class SurveyCommentEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    SurveyCommentEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.inquiryIds().isEmpty()) {
            jdbc.update("UPDATE survey_response SET comment = NULL WHERE inquiry_id IN ("
                    + CustomerErasure.placeholders(erasure.inquiryIds().size()) + ")", erasure.inquiryIds().toArray());
        }
    }
}
