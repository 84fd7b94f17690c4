package com.inquirydesk.attachment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code inquiry-desk.attachments}: at most {@code maxCount} files of at most {@code maxSize}
 * each per message; their bytes are deleted {@code retention} after upload by the job at {@code purgeCron}
 * (Asia/Seoul). A multipart request is bounded by {@link #maxRequestBytes()}, so an upload that breaks the
 * limits is still read whole and the form can be shown again with the reason.
 */
@ConfigurationProperties("inquiry-desk.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize,
                                   @DefaultValue("5") int maxCount,
                                   @DefaultValue("P90D") Duration retention,
                                   @DefaultValue("0 15 3 * * *") String purgeCron) {

    /** Room for the form's own fields (subject, a 20,000-character body, the type's answers) besides the files. */
    static final long FORM_FIELDS_ALLOWANCE = 1024 * 1024;

    public AttachmentProperties {
        if (maxCount < 1 || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("inquiry-desk.attachments.max-count and max-size must be positive");
        }
    }

    long maxRequestBytes() {
        return maxSize.toBytes() * maxCount + FORM_FIELDS_ALLOWANCE;
    }

    /** "10MB" as a customer reads it. */
    String maxSizeLabel() {
        long bytes = maxSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : Math.max(1, bytes / 1024) + "KB";
    }
}
