package com.inquirydesk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByInquiryIdOrderByIdAsc(Long inquiryId);

    List<OutboxMessage> findByStatusOrderByIdDesc(String status, Pageable page);

    @Query("""
            select m.id from OutboxMessage m
            where m.status = 'PENDING' and m.nextTryAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextTryAt, m.id""")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Takes one due row for this relay. The conditional update is atomic on every database, so of two
     * relays racing for a row exactly one sees a count of 1; a claim that outlives its relay expires.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.claimToken = :token, m.claimedUntil = :until
            where m.id = :id and m.status = 'PENDING' and m.nextTryAt <= :now
              and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(@Param("id") long id, @Param("token") String token, @Param("now") Instant now,
              @Param("until") Instant until);
}
