package com.inquirydesk.portal;

import com.inquirydesk.inquiry.Inquiry;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The reads "my inquiries" needs of the inquiry table: a customer's inquiries and one by its code. */
interface MyInquiryRows extends Repository<Inquiry, Long> {

    List<Inquiry> findByCustomerIdOrderByCreatedAtDesc(Long customerId);

    Optional<Inquiry> findByCode(String code);
}
