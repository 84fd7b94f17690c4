package com.inquirydesk.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageTemplateRepository extends JpaRepository<MessageTemplate, MessageTemplate.Key> {
}
