package com.inquirydesk.notification.mail;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailThreadRepository extends JpaRepository<MailThread, Long> {

    List<MailThread> findByMessageIdIn(Collection<String> messageIds);

    List<MailThread> findByInquiryIdOrderByCreatedAtAscIdAsc(Long inquiryId);

    boolean existsByMessageId(String messageId);
}
