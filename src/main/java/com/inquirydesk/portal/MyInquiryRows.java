package com.inquirydesk.portal;

import com.inquirydesk.inquiry.Inquiry;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The read "my inquiries" needs of the inquiry table. */
interface MyInquiryRows extends Repository<Inquiry, Long> {

    /**
     * The customer's inquiries and those written by others who only claimed the customer's e-mail address: their
     * acknowledgements went to that mailbox already, and the mailbox's owner should see what was asked in their name.
     */
    @Query("select i from Inquiry i where i.customerId = :customerId or i.customerId in (select c.id from Customer c "
            + "where c.claimedEmail = (select o.email from Customer o where o.id = :customerId)) order by i.createdAt desc")
    List<Inquiry> forAddressOf(@Param("customerId") Long customerId);

}
