package com.inquirydesk.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CannedResponseRepository extends JpaRepository<CannedResponse, Long> {

    List<CannedResponse> findBySourceInquiryId(Long sourceInquiryId);
}
