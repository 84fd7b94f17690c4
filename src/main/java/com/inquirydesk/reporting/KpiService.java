package com.inquirydesk.reporting;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** KPI reports over whole local days, grouped as asked, with a total row. The counting happens in the database. */
@Service
public class KpiService {

    private final KpiRepository repository;
    private final ZoneId zone;

    public KpiService(KpiRepository repository, InquiryDeskProperties properties) {
        this.repository = repository;
        this.zone = properties.zone();
    }

    @Transactional(readOnly = true)
    public KpiReport report(LocalDate from, LocalDate to, KpiGrouping groupBy) {
        Map<String, KpiTally> tallies = repository.tallies(from, to, zone, groupBy);
        Map<String, String> agentNames = groupBy == KpiGrouping.AGENT ? repository.agentNames() : Map.of();
        return report(from, to, groupBy, tallies, zone, agent -> agentNames.getOrDefault(agent, agent));
    }

    /** Rows in the grouping's order and the total, without data access. */
    static KpiReport report(LocalDate from, LocalDate to, KpiGrouping groupBy, Map<String, KpiTally> tallies,
                            ZoneId zone, Function<String, String> agentNames) {
        TreeMap<String, KpiTally> groups = new TreeMap<>(groupBy.order());
        groups.putAll(tallies);
        List<KpiReport.Row> rows = new ArrayList<>();
        KpiTally total = new KpiTally();
        groups.forEach((group, tally) -> {
            rows.add(new KpiReport.Row(group, groupBy.label(group, agentNames), KpiValues.of(tally).rounded()));
            total.add(tally);
        });
        return new KpiReport(from, to, zone.getId(), groupBy.parameter(), List.copyOf(rows),
                new KpiReport.Row(KpiReport.TOTAL_GROUP, KpiReport.TOTAL_LABEL, KpiValues.of(total).rounded()));
    }
}
