package com.inquirydesk.intake.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a chat session, numbered in order within it. */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

    public enum Author { CUSTOMER, BOT, AGENT, SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sessionId;
    private int seq;

    @Enumerated(EnumType.STRING)
    private Author author;

    private String text;
    private Long outboxId;
    private Instant createdAt;

    protected ChatMessage() {
    }

    ChatMessage(String sessionId, int seq, Author author, String text, Long outboxId, Instant createdAt) {
        this.sessionId = sessionId;
        this.seq = seq;
        this.author = author;
        this.text = text;
        this.outboxId = outboxId;
        this.createdAt = createdAt;
    }

    public int getSeq() { return seq; }
    public Author getAuthor() { return author; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
