package com.inquirydesk.portal;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sign-in links and sessions are credentials, not statistics: on erasure they go, and the sign-in mails
 * (address and link) queued for them lose their address and text like every other notice.
 */
@Component
class CustomerSignInEraser implements CustomerDataEraser {

    private final JdbcTemplate jdbc;

    CustomerSignInEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.wholeCustomer()) {
            return;
        }
        jdbc.update("UPDATE notification_outbox SET recipient = NULL, payload = '" + ERASED + "' WHERE id IN "
                + "(SELECT outbox_id FROM customer_sign_in WHERE customer_id = ? AND outbox_id IS NOT NULL)", erasure.customerId());
        jdbc.update("DELETE FROM customer_sign_in WHERE customer_id = ?", erasure.customerId());
    }
}
