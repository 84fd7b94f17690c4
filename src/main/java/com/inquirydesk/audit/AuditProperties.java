package com.inquirydesk.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.audit}. Access records are kept {@code accessRecordRetention}
 * (2 years by default; the database itself refuses to let any go before {@link AppendOnlyTables#LEGAL_MINIMUM_DAYS}).
 * Closed inquiries, their conversation and the engine's history of them go after {@code closedInquiryRetention},
 * which is also the history time-to-live given to every deployed process and decision definition.
 * The nightly purge runs at {@code purgeCron} (Asia/Seoul).
 */
@ConfigurationProperties("inquiry-desk.audit")
public record AuditProperties(@DefaultValue("P2Y") Period accessRecordRetention,
                              @DefaultValue("P180D") Period closedInquiryRetention,
                              @DefaultValue("0 30 2 * * *") String purgeCron,
                              @DefaultValue("1000") int exportLimit) {

    public AuditProperties {
        if (accessRecordRetention.toTotalMonths() * 31 + accessRecordRetention.getDays() < AppendOnlyTables.LEGAL_MINIMUM_DAYS) {
            throw new IllegalArgumentException("inquiry-desk.audit.access-record-retention must be at least "
                    + AppendOnlyTables.LEGAL_MINIMUM_DAYS + " days (the safety standard's minimum)");
        }
    }
}
