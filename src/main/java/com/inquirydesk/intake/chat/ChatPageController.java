package com.inquirydesk.intake.chat;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The chat page; it talks to the chat API from /portal/chat.js (no inline script: the CSP forbids it). */
@Controller
class ChatPageController {

    @GetMapping("/portal/chat")
    String page() {
        return "portal/chat";
    }
}
