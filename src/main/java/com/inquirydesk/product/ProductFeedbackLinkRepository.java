package com.inquirydesk.product;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductFeedbackLinkRepository extends JpaRepository<ProductFeedbackLink, Long> {

    boolean existsByFeedbackIdAndInquiryId(Long feedbackId, Long inquiryId);

    List<ProductFeedbackLink> findByFeedbackIdOrderByCreatedAtAscIdAsc(Long feedbackId);

    List<ProductFeedbackLink> findByFeedbackIdAndNotifiedAtIsNullOrderByIdAsc(Long feedbackId);
}
