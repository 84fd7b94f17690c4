package com.inquirydesk.intake.mail;

import com.inquirydesk.notification.ChannelProblem;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Quarantined mail for supervisors: the list, and each mail whole (.eml) to open in a mail program. */
@RestController
class QuarantineController {

    record QuarantinedMail(long id, Instant receivedAt, String sender, String subject, String reason, int size) {
    }

    private final MailQuarantineRepository quarantine;

    QuarantineController(MailQuarantineRepository quarantine) {
        this.quarantine = quarantine;
    }

    @GetMapping("/api/v1/staff/mail-quarantine")
    List<QuarantinedMail> list() {
        return quarantine.findByStatusOrderByIdDesc("NEW", PageRequest.of(0, 200)).stream()
                .map(m -> new QuarantinedMail(m.getId(), m.getReceivedAt(), m.getSender(), m.getSubject(), m.getReason(),
                        m.getRawMessage().length))
                .toList();
    }

    @GetMapping("/api/v1/staff/mail-quarantine/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        MailQuarantine mail = quarantine.findById(id).orElseThrow(() -> new ChannelProblem(HttpStatus.NOT_FOUND,
                "quarantined-mail-not-found", "격리된 메일을 찾을 수 없습니다", "격리 번호 %d은(는) 없습니다.".formatted(id)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=quarantine-" + id + ".eml")
                .body(mail.getRawMessage());
    }
}
