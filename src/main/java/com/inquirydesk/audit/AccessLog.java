package com.inquirydesk.audit;

import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access register: every staff login, logout, failed login, and every read, search and export of customer data. */
@Service
public class AccessLog {

    private final AccessRecordRepository records;
    private final TimeSource time;

    AccessLog(AccessRecordRepository records, TimeSource time) {
        this.records = records;
        this.time = time;
    }

    /** Joins the caller's transaction when there is one, so a read that fails to be recorded fails as a whole. */
    @Transactional
    public void record(String account, String sourceAddress, AccessAction action, Long customerId, String target,
                       AccessVia via) {
        records.save(new AccessRecord(time.now(), account == null || account.isBlank() ? "(unknown)" : truncate(account, 100),
                truncate(sourceAddress, 64), action, customerId, truncate(target, 200), via));
    }

    @Transactional(readOnly = true)
    public List<AccessRecord> search(Instant from, Instant to, String account, Long customerId, AccessAction action,
                                     int limit) {
        return records.search(from, to, account, customerId, action, PageRequest.of(0, limit));
    }

    /** The one permitted deletion: records older than the retention period (the database checks the legal minimum). */
    @Transactional
    public int purgeOlderThan(java.time.Period retention) {
        Instant cutoff = time.now().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        return records.purgeBefore(cutoff);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
