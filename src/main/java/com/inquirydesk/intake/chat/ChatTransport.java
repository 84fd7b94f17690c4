package com.inquirydesk.intake.chat;

import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxTransport;
import com.inquirydesk.notification.Transport;
import org.springframework.stereotype.Component;

/** The chat channel of the outbox: answers and notices appear in the customer's chat session. */
@Component
class ChatTransport implements OutboxTransport {

    static final String RECIPIENT_PREFIX = "chat:";

    private final ChatService chats;

    ChatTransport(ChatService chats) {
        this.chats = chats;
    }

    @Override
    public Transport transport() {
        return Transport.CHAT;
    }

    @Override
    public void deliver(OutboxMessage message) {
        String recipient = message.getRecipient();
        if (recipient == null || !recipient.startsWith(RECIPIENT_PREFIX)) {
            throw new IllegalArgumentException("not a chat session: " + recipient);
        }
        ChatMessage.Author author = NotificationService.AGENT_REPLY.equals(message.getTemplateCode())
                ? ChatMessage.Author.AGENT : ChatMessage.Author.SYSTEM;
        if (!chats.deliver(recipient.substring(RECIPIENT_PREFIX.length()), message.getId(), author, message.getPayload())) {
            throw new IllegalStateException("chat session " + recipient + " no longer exists");
        }
    }
}
