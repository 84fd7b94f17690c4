package com.inquirydesk.customer;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The customer row keeps its id, tier and dates (for statistics); contact details and name go. */
@Component
class CustomerEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    CustomerEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.wholeCustomer()) {
            return;
        }
        jdbc.update("UPDATE customer SET name = ?, email = NULL, phone = NULL, external_id = NULL, segment = NULL, "
                + "claimed_email = NULL, claimed_phone = NULL, claimed_external_id = NULL, "
                + "version = version + 1 WHERE id = ?", ERASED, erasure.customerId());
    }
}
