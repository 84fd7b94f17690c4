package com.inquirydesk.audit.privacy;

import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AuditProperties;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly retention: closed inquiries older than {@code inquiry-desk.audit.closed-inquiry-retention} lose
 * their texts everywhere (the same erasers as erasure on request, scoped to those inquiries; the rows and
 * their figures stay), and access records older than {@code access-record-retention} are deleted, the one
 * deletion the database allows on them. The engine's own history of those inquiries goes by its history
 * cleanup, whose time-to-live is the same period (see {@link HistoryTimeToLiveAlignment}).
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final JdbcTemplate jdbc;
    private final CustomerErasureService erasure;
    private final AccessLog accessLog;
    private final AuditService audit;
    private final AuditProperties properties;
    private final TimeSource time;

    RetentionService(JdbcTemplate jdbc, CustomerErasureService erasure, AccessLog accessLog, AuditService audit,
                     AuditProperties properties, TimeSource time) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.accessLog = accessLog;
        this.audit = audit;
        this.properties = properties;
        this.time = time;
    }

    @Scheduled(cron = "${inquiry-desk.audit.purge-cron:0 30 2 * * *}", zone = "${inquiry-desk.zone:Asia/Seoul}")
    void nightly() {
        int inquiries = purgeClosedInquiries();
        int records = accessLog.purgeOlderThan(properties.accessRecordRetention());
        log.info("Retention purge: {} closed inquiries anonymised, {} access records deleted", inquiries, records);
    }

    /** Returns how many inquiries were purged. */
    @Transactional
    public int purgeClosedInquiries() {
        Instant now = time.now();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.closedInquiryRetention()).toInstant();
        Map<Long, List<Map<String, Object>>> byCustomer = new LinkedHashMap<>();
        jdbc.queryForList("SELECT id, code, customer_id FROM inquiry WHERE status IN ('CLOSED', 'MERGED') "
                        + "AND purged_at IS NULL AND COALESCE(closed_at, updated_at) < ? ORDER BY id",
                        LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .forEach(row -> byCustomer.computeIfAbsent(((Number) row.get("customer_id")).longValue(),
                        id -> new java.util.ArrayList<>()).add(row));
        int purged = 0;
        for (var entry : byCustomer.entrySet()) {
            List<Long> ids = entry.getValue().stream().map(row -> ((Number) row.get("id")).longValue()).toList();
            List<String> codes = entry.getValue().stream().map(row -> (String) row.get("code")).toList();
            erasure.eraseInquiries(entry.getKey(), ids, codes);
            for (int i = 0; i < ids.size(); i++) {
                jdbc.update("UPDATE inquiry SET purged_at = ? WHERE id = ?", LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                        ids.get(i));
                audit.record("system", null, "INQUIRY_PURGED", entry.getKey(), "inquiry", codes.get(i),
                        "retention=" + properties.closedInquiryRetention());
            }
            purged += ids.size();
        }
        return purged;
    }
}
