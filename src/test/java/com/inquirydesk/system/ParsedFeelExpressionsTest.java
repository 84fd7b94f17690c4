package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** Every decision of processes/ answers with FEEL parsed once exactly as with the engine's own FEEL, twice over. */
class ParsedFeelExpressionsTest {

    static final List<String> TIERS = java.util.Arrays.asList("VIP", "STANDARD", null);
    static final List<String> CATEGORIES = java.util.Arrays.asList("GENERAL", "BILLING", "RETURN", "CONTRACT", "TECHNICAL",
            "ACCOUNT", "OTHER", null);
    static final List<String> CHANNELS = List.of("WEB", "EMAIL", "CHAT", "SNS", "PHONE", "APP");
    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    final DmnEngine engines = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    final DmnEngine parsingOnce = parsingOnce();

    @Test
    void triageRoutingAndSlaDecisionsAnswerAsWithTheEnginesOwnFeel() throws Exception {
        List<Map<String, Object>> triage = new ArrayList<>();
        for (String tier : TIERS) {
            for (boolean discomfort : new boolean[] {true, false}) {
                for (String category : CATEGORIES) {
                    triage.add(triageCase(tier, discomfort, category, "WEB"));
                }
            }
        }
        for (String channel : CHANNELS) {
            triage.add(triageCase("STANDARD", false, "GENERAL", channel));
            triage.add(triageCase("VIP", true, "BILLING", channel));
        }
        assertSameAnswers("inquiry-triage.dmn", "inquiryTriage", triage);

        List<Map<String, Object>> routing = new ArrayList<>();
        for (String category : CATEGORIES) {
            for (String priority : PRIORITIES) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("category", category);
                variables.put("priority", priority);
                routing.add(variables);
            }
        }
        assertSameAnswers("inquiry-routing.dmn", "inquiryRouting", routing);

        List<Map<String, Object>> sla = new ArrayList<>();
        for (String policy : List.of("STANDARD", "PRIORITY", "VIP")) {
            for (String priority : PRIORITIES) {
                sla.add(Map.of("slaPolicy", policy, "priority", priority));
            }
        }
        assertSameAnswers("sla-policy.dmn", "slaPolicy", sla);
    }

    @Test
    void surveyFollowUpAnswersAsWithTheEnginesOwnFeel() throws Exception {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int csat = 1; csat <= 5; csat++) {
            for (int ces : new int[] {1, 5, 7}) {
                for (int nps : new int[] {0, 7, 9}) {
                    for (boolean complaint : new boolean[] {true, false}) {
                        answers.add(Map.of("csat", csat, "ces", ces, "nps", nps, "complaint", complaint));
                    }
                }
            }
        }
        assertSameAnswers("survey-follow-up.dmn", "surveyFollowUp", answers);
    }

    private static Map<String, Object> triageCase(String tier, boolean discomfort, String category, String channel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("customerTier", tier);
        variables.put("discomfort", discomfort);
        variables.put("category", category);
        variables.put("channel", channel);
        return variables;
    }

    private void assertSameAnswers(String file, String decisionKey, List<Map<String, Object>> cases) throws Exception {
        DmnDecision expectedDecision = parse(engines, file, decisionKey);
        DmnDecision decision = parse(parsingOnce, file, decisionKey);
        for (Map<String, Object> variables : cases) {
            var expected = engines.evaluateDecision(expectedDecision, variables).getResultList();
            for (int round = 0; round < 2; round++) {
                assertThat(parsingOnce.evaluateDecision(decision, variables).getResultList())
                        .as("%s with %s", decisionKey, variables).isEqualTo(expected);
            }
        }
    }

    private static DmnDecision parse(DmnEngine engine, String file, String decisionKey) throws Exception {
        try (InputStream dmn = ParsedFeelExpressionsTest.class.getResourceAsStream("/processes/" + file)) {
            return engine.parseDecision(decisionKey, dmn);
        }
    }

    private static DmnEngine parsingOnce() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(new ParsedFeelExpressions.Factory(new StandaloneInMemProcessEngineConfiguration()));
        return configuration.buildEngine();
    }
}
