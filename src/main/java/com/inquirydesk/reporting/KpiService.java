package com.inquirydesk.reporting;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** KPI reports over whole local days, grouped as asked, with a total row. */
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
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        KpiFacts facts = repository.load(start, end);
        Map<String, String> agentNames = groupBy == KpiGrouping.AGENT ? repository.agentNames() : Map.of();
        return report(from, to, groupBy, facts, zone, agent -> agentNames.getOrDefault(agent, agent));
    }

    /** The grouping itself, without data access. */
    static KpiReport report(LocalDate from, LocalDate to, KpiGrouping groupBy, KpiFacts facts, ZoneId zone,
                            Function<String, String> agentNames) {
        Function<KpiFacts.Fact, String> key = fact -> groupBy.key(fact, zone);
        var received = split(facts.received(), key);
        var firstResponses = split(facts.firstResponses(), key);
        var resolutions = split(facts.resolutions(), key);
        var closures = split(facts.closures(), key);
        var answers = split(facts.answers(), key);
        var slaOutcomes = split(facts.slaOutcomes(), key);
        TreeMap<String, KpiFacts> groups = new TreeMap<>(groupBy.order());
        for (var map : List.of(received, firstResponses, resolutions, closures, answers, slaOutcomes)) {
            map.keySet().forEach(group -> groups.put(group, null));
        }
        List<KpiReport.Row> rows = new ArrayList<>();
        for (String group : groups.keySet()) {
            KpiFacts slice = new KpiFacts(received.getOrDefault(group, List.of()),
                    firstResponses.getOrDefault(group, List.of()), resolutions.getOrDefault(group, List.of()),
                    closures.getOrDefault(group, List.of()), answers.getOrDefault(group, List.of()),
                    slaOutcomes.getOrDefault(group, List.of()));
            rows.add(new KpiReport.Row(group, groupBy.label(group, agentNames), KpiValues.of(slice).rounded()));
        }
        KpiReport.Row total = new KpiReport.Row(KpiReport.TOTAL_GROUP, KpiReport.TOTAL_LABEL,
                KpiValues.of(facts).rounded());
        return new KpiReport(from, to, zone.getId(), groupBy.parameter(), List.copyOf(rows), total);
    }

    private static <F extends KpiFacts.Fact> Map<String, List<F>> split(List<F> facts, Function<KpiFacts.Fact, String> key) {
        return facts.stream().collect(Collectors.groupingBy(key::apply));
    }
}
