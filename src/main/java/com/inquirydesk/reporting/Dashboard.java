package com.inquirydesk.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the supervisor dashboard shows at one moment: the live queue per agent group, the response clocks at
 * risk or breached, the agents and their load, today's and this week's figures, and the weekly KPI trend
 * (the rows of the KPI report grouped by week, with whatever fields that report carries).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Dashboard(Instant generatedAt, String timeZone, List<GroupQueue> queue, SlaWatch sla,
                        List<AgentLoad> agents, Figures today, Figures thisWeek, KpiReport trend) {

    /** Open inquiries of one agent group by status; {@code unassigned} are those nobody holds yet. */
    public record GroupQueue(String group, String label, int received, int open, int onHold, int waitingCustomer,
                             int unassigned) {
    }

    /**
     * Running response clocks: at risk when the answer is due within {@code atRiskWithinMinutes}, breached when
     * it is overdue; {@code items} lists them, those about to breach first, then the most recently breached (older
     * breaches already wait for a supervisor in Tasklist's "Escalated"); codes only, no customer text.
     */
    public record SlaWatch(int atRisk, int breached, int atRiskWithinMinutes, List<SlaItem> items) {
    }

    public record SlaItem(String code, String group, String assignee, String priority, String status, Instant dueAt,
                          boolean breached) {
    }

    /** An agent: profile status and capacity, the open inquiries they hold, and their open Tasklist tasks. */
    public record AgentLoad(String userId, String displayName, String status, int capacity, int openInquiries,
                            long openTasks) {
    }

    /**
     * Figures of a period (today, or this week from Monday) in the service's time zone. Averages are null
     * without answers.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(LocalDate from, LocalDate to, int received, int resolved, int selfServed, int slaBreaches,
                          int surveyAnswers, Double csatAverage) {
    }
}
