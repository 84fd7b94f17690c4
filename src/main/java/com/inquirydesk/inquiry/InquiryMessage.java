package com.inquirydesk.inquiry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an inquiry's conversation, whatever channel it came through. */
@Entity
@Table(name = "inquiry_message")
public class InquiryMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    private MessageDirection direction;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String body;

    private String author;

    private Instant createdAt;

    protected InquiryMessage() {
    }

    public InquiryMessage(Long inquiryId, MessageDirection direction, Channel channel, String body,
                          String author, Instant createdAt) {
        this.inquiryId = inquiryId;
        this.direction = direction;
        this.channel = channel;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public MessageDirection getDirection() { return direction; }
    public Channel getChannel() { return channel; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
