package com.inquirydesk.inquiry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InquiryRepository extends JpaRepository<Inquiry, Long> {

    Optional<Inquiry> findByCode(String code);

    Optional<Inquiry> findByIdempotencyKey(String idempotencyKey);

    List<Inquiry> findByCustomerIdAndStatusInAndCreatedAtAfterAndIdNotOrderByCreatedAtDesc(
            Long customerId, Collection<InquiryStatus> statuses, Instant after, Long excludedId);

    List<Inquiry> findByCustomerIdAndIdNotOrderByCreatedAtDesc(Long customerId, Long excludedId);

    @Query("select i.assignee, count(i) from Inquiry i where i.assignee in :agents and i.status in :statuses"
            + " and i.id <> :excludedId group by i.assignee")
    List<Object[]> countOpenByAssignee(Collection<String> agents, Collection<InquiryStatus> statuses, Long excludedId);
}
