package com.inquirydesk.survey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    Optional<SurveyInvitation> findByInquiryId(Long inquiryId);

    boolean existsByInquiryId(Long inquiryId);
}
