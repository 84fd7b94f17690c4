package com.inquirydesk.inquiry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryMessageRepository extends JpaRepository<InquiryMessage, Long> {

    List<InquiryMessage> findByInquiryIdOrderByCreatedAtAscIdAsc(Long inquiryId);

    Optional<InquiryMessage> findFirstByInquiryIdAndDirectionOrderByCreatedAtDescIdDesc(
            Long inquiryId, MessageDirection direction);
}
