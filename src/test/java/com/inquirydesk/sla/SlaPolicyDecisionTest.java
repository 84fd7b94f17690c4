package com.inquirydesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/sla-policy.dmn as the process owner edits it. */
class SlaPolicyDecisionTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = SlaPolicyDecisionTest.class.getResourceAsStream("/processes/sla-policy.dmn")) {
            decision = engine.parseDecision(ResponseTargets.DECISION, dmn);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "STANDARD, LOW,      540, true",
            "STANDARD, NORMAL,   240, true",
            "STANDARD, HIGH,     120, true",
            "STANDARD, URGENT,    60, true",
            "PRIORITY, NORMAL,   120, true",
            "PRIORITY, URGENT,    60, true",
            "VIP,      NORMAL,    60, false",
            "VIP,      URGENT,    30, false"})
    void firstResponseTargetPerPolicyAndPriority(String policy, String priority, int minutes, boolean businessHours) {
        DmnDecisionResultEntries result = evaluate(policy, priority);
        assertThat(result.<Number>getEntry("firstResponseMinutes").intValue()).isEqualTo(minutes);
        assertThat(result.<Boolean>getEntry("businessHours")).isEqualTo(businessHours);
    }

    @Test
    void resolutionBudgetIsNeverShorterThanTheFirstResponse() {
        for (String policy : new String[] {"STANDARD", "PRIORITY", "VIP"}) {
            for (String priority : new String[] {"LOW", "NORMAL", "HIGH", "URGENT"}) {
                DmnDecisionResultEntries result = evaluate(policy, priority);
                assertThat(result.<Number>getEntry("resolutionMinutes").intValue())
                        .isGreaterThanOrEqualTo(result.<Number>getEntry("firstResponseMinutes").intValue());
            }
        }
    }

    private static DmnDecisionResultEntries evaluate(String policy, String priority) {
        return engine.evaluateDecision(decision, Map.of("slaPolicy", policy, "priority", priority)).getSingleResult();
    }
}
