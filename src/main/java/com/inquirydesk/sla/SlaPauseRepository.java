package com.inquirydesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPauseRepository extends JpaRepository<SlaPause, Long> {

    Optional<SlaPause> findFirstByInquiryIdAndResumedAtIsNullOrderByPausedAtDescIdDesc(Long inquiryId);

    List<SlaPause> findByInquiryIdOrderByPausedAtAscIdAsc(Long inquiryId);
}
