package com.inquirydesk.attachment;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files are personal data kept only as long as an answer may need them: every night the bytes of files older
 * than {@code inquiry-desk.attachments.retention} are deleted. The record (name, type, size, checksum, time)
 * stays, so agents see that a file was there and is "삭제됨". The service clock decides what is old, so a test
 * moves it instead of waiting.
 */
@Service
public class AttachmentRetention {

    private static final Logger log = LoggerFactory.getLogger(AttachmentRetention.class);

    private final AttachmentStore store;
    private final AttachmentProperties properties;
    private final AuditService audit;
    private final TimeSource time;

    AttachmentRetention(AttachmentStore store, AttachmentProperties properties, AuditService audit, TimeSource time) {
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.time = time;
    }

    @Scheduled(cron = "${inquiry-desk.attachments.purge-cron:0 15 3 * * *}", zone = "${inquiry-desk.zone:Asia/Seoul}")
    void nightly() {
        log.info("Attachment retention: contents of {} files deleted", purgeExpired());
    }

    /** Returns how many files lost their bytes. */
    @Transactional
    public int purgeExpired() {
        Instant now = time.now();
        int purged = store.deleteContentCreatedBefore(now.minus(properties.retention()), now);
        if (purged > 0) {
            audit.record("system", null, "ATTACHMENTS_PURGED", null, "attachment", "retention",
                    "count=" + purged + ", retention=" + properties.retention());
        }
        return purged;
    }
}
