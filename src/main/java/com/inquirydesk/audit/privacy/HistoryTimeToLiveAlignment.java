package com.inquirydesk.audit.privacy;

import com.inquirydesk.audit.AuditProperties;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine keeps the history of an instance for its definition's time-to-live, then the nightly history
 * cleanup (batch window in application.yaml) removes it. The diagrams carry 180 days; this aligns every
 * deployed process and decision definition with {@code inquiry-desk.audit.closed-inquiry-retention} at
 * start-up, so one property decides how long both the service and the engine keep an inquiry's history.
 */
@Component
class HistoryTimeToLiveAlignment {

    private final RepositoryService repository;
    private final AuditProperties properties;

    HistoryTimeToLiveAlignment(RepositoryService repository, AuditProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener(PostDeployEvent.class)
    void align() {
        int days = days();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
            }
        }
    }

    int days() {
        var retention = properties.closedInquiryRetention();
        return (int) (retention.toTotalMonths() * 30 + retention.getDays());
    }
}
