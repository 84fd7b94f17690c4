package com.inquirydesk.sla;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaEventRepository extends JpaRepository<SlaEvent, Long> {

    boolean existsByInquiryIdAndMetricAndKindAndDueAt(Long inquiryId, SlaMetric metric, SlaEventKind kind, Instant dueAt);

    List<SlaEvent> findByInquiryIdOrderByOccurredAtAscIdAsc(Long inquiryId);
}
