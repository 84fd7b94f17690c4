package com.inquirydesk.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessRecordRepository extends JpaRepository<AccessRecord, Long> {

    @Query("""
            select r from AccessRecord r
            where r.occurredAt >= :from and r.occurredAt < :to
              and (:account is null or r.account = :account)
              and (:customerId is null or r.subjectCustomerId = :customerId)
              and (:action is null or r.action = :action)
            order by r.occurredAt, r.id""")
    List<AccessRecord> search(@Param("from") Instant from, @Param("to") Instant to, @Param("account") String account,
                              @Param("customerId") Long customerId, @Param("action") AccessAction action,
                              Pageable page);

    @Modifying
    @Query(value = "DELETE FROM access_record WHERE occurred_at < :cutoff", nativeQuery = true)
    int purgeBefore(@Param("cutoff") Instant cutoff);
}
