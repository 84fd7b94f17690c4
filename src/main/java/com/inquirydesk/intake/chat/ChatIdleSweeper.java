package com.inquirydesk.intake.chat;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a minute, sessions left idle before reaching an agent are closed with a notice. */
@Component
class ChatIdleSweeper {

    private final ChatService chats;

    ChatIdleSweeper(ChatService chats) {
        this.chats = chats;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void closeIdleSessions() {
        chats.closeIdle();
    }
}
