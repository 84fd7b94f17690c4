package com.inquirydesk.intake.chat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    List<ChatMessage> findBySessionIdOrderBySeqAsc(String sessionId);

    List<ChatMessage> findBySessionIdAndSeqGreaterThanOrderBySeqAsc(String sessionId, int after);

    boolean existsByOutboxId(Long outboxId);

    @Query("select coalesce(max(m.seq), 0) from ChatMessage m where m.sessionId = :session")
    int lastSeq(@Param("session") String sessionId);
}
