package com.inquirydesk.intake.chat;

import com.inquirydesk.inquiry.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One conversation with the menu bot; once it has an inquiry, the agent's answers arrive here too. */
@Entity
@Table(name = "chat_session")
public class ChatSession {

    public enum State {
        /** The bot waits for a menu number (or 0). */
        MENU,
        /** A category is chosen; the bot waits for the question (or 0). */
        AWAITING_QUESTION,
        /** An inquiry exists; what the customer writes goes to the agent. */
        WITH_AGENT,
        /** Closed for being idle; writing again opens it. */
        CLOSED
    }

    @Id
    private String id;
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private State state = State.MENU;

    @Enumerated(EnumType.STRING)
    private Category category;

    private Long inquiryId;
    private Instant createdAt;
    private Instant lastActivityAt;
    private Instant closedAt;

    protected ChatSession() {
    }

    ChatSession(String id, String tokenHash, Instant now) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    void touch(Instant now) {
        lastActivityAt = now;
    }

    void chose(Category chosen) {
        category = chosen;
        state = State.AWAITING_QUESTION;
    }

    void backToMenu() {
        category = null;
        state = State.MENU;
        closedAt = null;
    }

    void handedOver(long inquiry) {
        inquiryId = inquiry;
        state = State.WITH_AGENT;
        closedAt = null;
    }

    void closeIdle(Instant now) {
        state = State.CLOSED;
        closedAt = now;
    }

    public String getId() { return id; }
    String getTokenHash() { return tokenHash; }
    public State getState() { return state; }
    public Category getCategory() { return category; }
    public Long getInquiryId() { return inquiryId; }
    public Instant getLastActivityAt() { return lastActivityAt; }
}
