package com.inquirydesk.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Everything the KPI report counts within one period, as events: each carries the time of its own event
 * (so "resolved this week" means resolved this week, whatever week the inquiry came in) and the dimensions
 * a report can be grouped by.
 */
public record KpiFacts(List<Received> received, List<FirstResponse> firstResponses, List<Resolution> resolutions,
                       List<Closure> closures, List<SurveyAnswer> answers, List<SlaOutcome> slaOutcomes) {

    /** Category, channel and agent of the inquiry behind a fact; any of them may be {@code null}. */
    public record Dimensions(String category, String channel, String agent) {
    }

    public interface Fact {
        Dimensions dimensions();

        Instant at();
    }

    /** An inquiry came in. */
    public record Received(Dimensions dimensions, Instant at) implements Fact {
    }

    /** The first agent answer, {@code minutes} after the inquiry came in (wall-clock time). */
    public record FirstResponse(Dimensions dimensions, Instant at, double minutes) implements Fact {
    }

    /**
     * An inquiry was resolved {@code minutes} after it came in; {@code reopened} when a customer reopened it before;
     * {@code agentAnswers} is the number of agent answers the customer got.
     */
    public record Resolution(Dimensions dimensions, Instant at, double minutes, boolean reopened, int agentAnswers)
            implements Fact {
    }

    /** An inquiry was closed; {@code selfService} when an article solved it (close reason SELF_SERVICE). */
    public record Closure(Dimensions dimensions, Instant at, boolean selfService) implements Fact {
    }

    /**
     * A survey answer, credited to the agent who resolved the inquiry. The five criteria (1–5) are optional and
     * {@code null} when the customer left them out.
     */
    public record SurveyAnswer(Dimensions dimensions, Instant at, int csat, int ces, int nps, Integer retention,
                               Integer productExperience, Integer onlineExperience, Integer waitTime,
                               Integer expectationsMet) implements Fact {
    }

    /** An SLA clock ended: {@code met} for MET, false for BREACHED (warnings are not outcomes). */
    public record SlaOutcome(Dimensions dimensions, Instant at, boolean met) implements Fact {
    }

    public static KpiFacts empty() {
        return new KpiFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
