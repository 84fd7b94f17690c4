package com.inquirydesk.audit.privacy;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's runtime and history of the customer's process instances. Variables that carry references
 * and decisions (ids, codes, category, priority, group, assignee, outcome…) stay, so Cockpit and the
 * reports still add up; every other text variable (messages, replies, comments, summaries, form fields)
 * is replaced, in the current value and in every historic revision. Comments and task descriptions go,
 * serialized values of those variables lose their bytes in history. The engine has no API to rewrite
 * history, so this is SQL on its tables, in the erasure's transaction.
 */
@Component
class EngineDataEraser implements CustomerDataEraser {

    /** Variable names whose string values are references or decisions, never a person's words. */
    static final Set<String> REFERENCE_VARIABLES = Set.of("inquiryId", "inquiryCode", "customerId", "category",
            "priority", "candidateGroup", "assignee", "outcome", "channel", "slaPolicy", "customerTier",
            "transferGroup", "agent", "vocItemId", "feedbackId", "featureKey", "taskPriority", "guideCategory",
            "rootCause", "vocAction", "sentiment", "decision", "followUp", "targetStatus", "contactResult",
            "bestAnswerDecision", "surveyResponseId", "duplicateOfCode", "duplicateOfId", "escalationAction",
            "escalationAgent", "closeReason",
            // Tasklist's row columns copied onto tasks (tasklist/TaskListColumns): references, not customer text.
            "listInquiryCode", "channelLabel", "listCategory", "dueLabel",
            // hold for the product team
            "productFeature", "heldForFeedbackId");

    private final JdbcTemplate jdbc;

    EngineDataEraser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (erasure.processInstanceIds().isEmpty()) {
            return;
        }
        String instances = CustomerErasure.placeholders(erasure.processInstanceIds().size());
        String references = CustomerErasure.placeholders(REFERENCE_VARIABLES.size());
        List<Object> scope = new ArrayList<>(erasure.processInstanceIds());
        scope.addAll(REFERENCE_VARIABLES);
        Object[] args = scope.toArray();
        List<Object> withErased = new ArrayList<>(List.of(ERASED));
        withErased.addAll(scope);

        String where = " WHERE PROC_INST_ID_ IN (" + instances + ") AND NAME_ NOT IN (" + references + ")";
        // History first: the bytes of serialized values are found through the rows that point at them.
        for (String table : List.of("ACT_HI_DETAIL", "ACT_HI_VARINST")) {
            jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = NULL WHERE ID_ IN (SELECT BYTEARRAY_ID_ FROM " + table
                    + where + " AND BYTEARRAY_ID_ IS NOT NULL)", args);
            jdbc.update("UPDATE " + table + " SET TEXT_ = ?, TEXT2_ = NULL" + where + " AND VAR_TYPE_ = 'string' AND TEXT_ IS NOT NULL",
                    withErased.toArray());
        }
        jdbc.update("UPDATE ACT_RU_VARIABLE SET TEXT_ = ?, TEXT2_ = NULL" + where + " AND TYPE_ = 'string' AND TEXT_ IS NOT NULL",
                withErased.toArray());

        Object[] ids = erasure.processInstanceIds().toArray();
        jdbc.update("UPDATE ACT_HI_COMMENT SET MESSAGE_ = '" + ERASED + "', FULL_MSG_ = NULL WHERE PROC_INST_ID_ IN ("
                + instances + ")", ids);
        jdbc.update("UPDATE ACT_RU_TASK SET DESCRIPTION_ = NULL WHERE PROC_INST_ID_ IN (" + instances + ")", ids);
        jdbc.update("UPDATE ACT_HI_TASKINST SET DESCRIPTION_ = NULL WHERE PROC_INST_ID_ IN (" + instances + ")", ids);
        jdbc.update("UPDATE ACT_HI_OP_LOG SET ORG_VALUE_ = NULL, NEW_VALUE_ = NULL WHERE PROC_INST_ID_ IN (" + instances
                + ") AND PROPERTY_ NOT IN ('delete', 'assignee', 'owner', 'priority', 'dueDate', 'nrOfInstances')", ids);
    }
}
