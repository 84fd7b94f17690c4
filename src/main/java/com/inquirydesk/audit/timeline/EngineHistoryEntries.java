package com.inquirydesk.audit.timeline;

import com.inquirydesk.system.PersonalDataMasker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * What the engine's history knows about the process instances of one inquiry (business key = inquiry code):
 * activities, user tasks with their candidate groups, assignments and completions, variable changes,
 * decisions with inputs, outputs and the rules that matched, the user operation log, incidents and failed jobs.
 * Values are shortened and masked: the timeline tells what changed, it is not a second copy of customer data.
 */
@Component
class EngineHistoryEntries {

    private static final int VALUE_LENGTH = 120;
    private static final Set<String> SILENT_ACTIVITY_TYPES = Set.of("exclusiveGateway", "parallelGateway",
            "inclusiveGateway", "eventBasedGateway", "userTask", "multiInstanceBody");

    private final HistoryService history;

    EngineHistoryEntries(HistoryService history) {
        this.history = history;
    }

    List<TimelineEntry> of(String code) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).orderByProcessInstanceStartTime().asc().list()) {
            collect(instance, entries);
        }
        return entries;
    }

    private void collect(HistoricProcessInstance instance, List<TimelineEntry> entries) {
        String id = instance.getId();
        String process = instance.getProcessDefinitionKey();
        entries.add(entry(instance.getStartTime(), "PROCESS_STARTED", orSystem(instance.getStartUserId()),
                "프로세스 시작: " + process, origin(process, instance.getStartActivityId()), "processInstanceId=" + id));

        Map<String, String> operationUsers = new HashMap<>();
        for (UserOperationLogEntry operation : history.createUserOperationLogQuery().processInstanceId(id)
                .orderByTimestamp().asc().list()) {
            operationUsers.putIfAbsent(operation.getOperationId(), operation.getUserId());
            entries.add(entry(operation.getTimestamp(), "USER_OPERATION", orSystem(operation.getUserId()),
                    operation.getOperationType() + (operation.getProperty() == null ? "" : " " + operation.getProperty()
                            + ": " + value(operation.getOrgValue()) + " → " + value(operation.getNewValue())),
                    origin(process, operation.getTaskId() == null ? null : "task " + operation.getTaskId()),
                    "category=" + operation.getCategory() + ", entity=" + operation.getEntityType()));
        }

        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (SILENT_ACTIVITY_TYPES.contains(activity.getActivityType())) {
                continue;
            }
            entries.add(entry(activity.getStartTime(), "ACTIVITY", TimelineEntry.SYSTEM,
                    activity.getActivityType() + ": " + orId(activity.getActivityName(), activity.getActivityId())
                            + (activity.isCanceled() ? " (취소됨)" : ""),
                    origin(process, activity.getActivityId()),
                    activity.getEndTime() == null ? "진행 중" : "소요 " + activity.getDurationInMillis() + "ms"));
        }

        Map<String, String> taskAssignees = new HashMap<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().list()) {
            taskAssignees.put(task.getId(), task.getAssignee());
            collectTask(process, task, entries);
        }

        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                .disableCustomObjectDeserialization().orderByTime().asc().list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                String actor = operationUsers.get(update.getUserOperationId());
                if (actor == null && update.getTaskId() != null) {
                    actor = taskAssignees.get(update.getTaskId());
                }
                entries.add(entry(update.getTime(), "VARIABLE", orSystem(actor),
                        "변수 " + update.getVariableName() + " = " + value(variableValue(update)),
                        origin(process, update.getActivityInstanceId()),
                        "type=" + update.getTypeName() + ", revision=" + update.getRevision()));
            }
        }

        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
                .includeInputs().includeOutputs().orderByEvaluationTime().asc().list()) {
            entries.add(decisionEntry(process, decision));
        }

        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
            entries.add(entry(incident.getCreateTime(), "INCIDENT", TimelineEntry.SYSTEM,
                    "인시던트 " + incident.getIncidentType() + ": " + value(incident.getIncidentMessage()),
                    origin(process, incident.getActivityId()),
                    incident.isResolved() ? "해결 " + incident.getEndTime().toInstant()
                            : incident.isDeleted() ? "삭제됨" : "열림"));
        }

        for (HistoricJobLog failure : history.createHistoricJobLogQuery().processInstanceId(id).failureLog()
                .orderByTimestamp().asc().list()) {
            entries.add(entry(failure.getTimestamp(), "JOB_FAILED", TimelineEntry.SYSTEM,
                    "작업 실패: " + value(failure.getJobExceptionMessage()),
                    origin(process, failure.getActivityId()),
                    "jobDefinitionType=" + failure.getJobDefinitionType() + ", retries=" + failure.getJobRetries()));
        }

        if (instance.getEndTime() != null) {
            entries.add(entry(instance.getEndTime(), "PROCESS_ENDED", TimelineEntry.SYSTEM,
                    "프로세스 종료: " + process + (instance.getDeleteReason() == null ? "" : " (" + instance.getDeleteReason() + ")"),
                    origin(process, instance.getEndActivityId()), "state=" + instance.getState()));
        }
    }

    private void collectTask(String process, HistoricTaskInstance task, List<TimelineEntry> entries) {
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .orderByTime().asc().list();
        Set<String> candidateGroups = new LinkedHashSet<>();
        for (HistoricIdentityLinkLog link : links) {
            if ("candidate".equals(link.getType()) && link.getGroupId() != null && "add".equals(link.getOperationType())) {
                candidateGroups.add(link.getGroupId());
            }
        }
        String name = orId(task.getName(), task.getTaskDefinitionKey());
        entries.add(entry(task.getStartTime(), "TASK_CREATED", TimelineEntry.SYSTEM,
                "작업 생성: " + name + (candidateGroups.isEmpty() ? "" : " · 후보 그룹 " + String.join(", ", candidateGroups)),
                origin(process, task.getTaskDefinitionKey()), "taskId=" + task.getId()));
        for (HistoricIdentityLinkLog link : links) {
            String who = link.getUserId() != null ? "사용자 " + link.getUserId() : "그룹 " + link.getGroupId();
            String change = ("add".equals(link.getOperationType()) ? "추가" : "제거");
            String kind = switch (link.getType()) {
                case "assignee" -> "add".equals(link.getOperationType()) ? "TASK_ASSIGNED" : "TASK_UNASSIGNED";
                case "candidate" -> "CANDIDATE_" + ("add".equals(link.getOperationType()) ? "ADDED" : "REMOVED");
                default -> "IDENTITY_LINK";
            };
            entries.add(entry(link.getTime(), kind, orSystem(link.getAssignerId()),
                    name + " · " + link.getType() + " " + change + ": " + who,
                    origin(process, task.getTaskDefinitionKey()), "taskId=" + task.getId()));
        }
        if (task.getEndTime() != null) {
            boolean completed = "completed".equals(task.getDeleteReason());
            entries.add(entry(task.getEndTime(), completed ? "TASK_COMPLETED" : "TASK_ENDED",
                    completed ? orSystem(task.getAssignee()) : TimelineEntry.SYSTEM,
                    (completed ? "작업 완료: " : "작업 종료: ") + name + (completed ? "" : " (" + task.getDeleteReason() + ")"),
                    origin(process, task.getTaskDefinitionKey()), "taskId=" + task.getId()));
        }
    }

    private static TimelineEntry decisionEntry(String process, HistoricDecisionInstance decision) {
        String inputs = decision.getInputs().stream()
                .map(HistoricDecisionInputInstance.class::cast)
                .map(input -> orId(input.getClauseName(), input.getClauseId()) + "=" + value(input.getValue()))
                .collect(Collectors.joining(", "));
        String outputs = decision.getOutputs().stream()
                .map(HistoricDecisionOutputInstance.class::cast)
                .map(output -> output.getVariableName() + "=" + value(output.getValue()))
                .collect(Collectors.joining(", "));
        String rules = decision.getOutputs().stream()
                .map(output -> output.getRuleId() + " (" + output.getRuleOrder() + "번째 규칙)")
                .distinct().collect(Collectors.joining(", "));
        return entry(decision.getEvaluationTime(), "DECISION", orSystem(decision.getUserId()),
                "결정 " + decision.getDecisionDefinitionKey() + ": " + outputs + (rules.isEmpty() ? " · 일치한 규칙 없음"
                        : " · 일치한 규칙 " + rules),
                origin(process, decision.getActivityId()), "입력: " + inputs);
    }

    /** Serialized objects are shown as stored rather than deserialized with classes the timeline need not know. */
    private static Object variableValue(HistoricVariableUpdate update) {
        if (update.getErrorMessage() != null) {
            return "(읽을 수 없음: " + update.getErrorMessage() + ")";
        }
        TypedValue typed = update.getTypedValue();
        return typed instanceof ObjectValue object && !object.isDeserialized() ? object.getValueSerialized() : typed.getValue();
    }

    private static TimelineEntry entry(Date at, String kind, String actor, String summary, String origin, String details) {
        return new TimelineEntry(at == null ? Instant.EPOCH : at.toInstant(), kind, actor, summary, origin, details);
    }

    private static String origin(String process, String element) {
        return "engine " + process + (element == null ? "" : " › " + element);
    }

    private static String orSystem(String user) {
        return user == null || user.isBlank() ? TimelineEntry.SYSTEM : user;
    }

    private static String orId(String name, String id) {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String text = PersonalDataMasker.maskAll(String.valueOf(value)).replaceAll("\\s+", " ");
        return text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH) + "…";
    }
}
