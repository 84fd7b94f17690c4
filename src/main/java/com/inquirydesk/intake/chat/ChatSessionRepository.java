package com.inquirydesk.intake.chat;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChatSessionRepository extends JpaRepository<ChatSession, String> {

    /** Lines of one session are numbered under this row lock, so the bot, the customer and the relay never clash. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ChatSession s where s.id = :id")
    Optional<ChatSession> findLocked(@Param("id") String id);

    List<ChatSession> findByStateInAndLastActivityAtBefore(Collection<ChatSession.State> states, Instant before);
}
