package com.inquirydesk.notification;

import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What supervisors see of deliveries that gave up, and their "send again". */
@Service
public class DeliveryAdministration {

    public record FailedDelivery(long id, String inquiryCode, String channel, String transport, String recipient,
                                 String templateCode, int attempts, String lastError, Instant createdAt) {
    }

    private final OutboxRepository outbox;
    private final InquiryRepository inquiries;
    private final TimeSource time;

    public DeliveryAdministration(OutboxRepository outbox, InquiryRepository inquiries, TimeSource time) {
        this.outbox = outbox;
        this.inquiries = inquiries;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<FailedDelivery> failed(int limit) {
        return outbox.findByStatusOrderByIdDesc(OutboxMessage.FAILED, PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
                .stream()
                .map(row -> new FailedDelivery(row.getId(),
                        row.getInquiryId() == null ? null
                                : inquiries.findById(row.getInquiryId()).map(i -> i.getCode()).orElse(null),
                        row.getChannel().name(), row.transport().name(), row.getRecipient(), row.getTemplateCode(),
                        row.getAttempts(), row.getLastError(), row.getCreatedAt()))
                .toList();
    }

    /** A failed row gets a fresh round of tries; anything else is refused so nothing is sent twice. */
    @Transactional
    public void resend(long id) {
        OutboxMessage row = outbox.findById(id).orElseThrow(() -> new ChannelProblem(HttpStatus.NOT_FOUND,
                "delivery-not-found", "발송 건을 찾을 수 없습니다", "발송 번호 %d은(는) 없습니다.".formatted(id)));
        if (!OutboxMessage.FAILED.equals(row.getStatus())) {
            throw new ChannelProblem(HttpStatus.CONFLICT, "delivery-not-failed", "실패한 발송만 다시 보낼 수 있습니다",
                    "발송 번호 %d은(는) 지금 %s 상태입니다.".formatted(id, row.getStatus()));
        }
        row.resend(time.now());
    }
}
