package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.security.StaffRoles;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued work to an agent who can take more: when they become available, finish an answer or get more
 * capacity, the unassigned respond tasks of their groups are claimed for them, most urgent first (task priority,
 * which follows the inquiry's priority, then the earliest due time, then the oldest), until their capacity is full.
 *
 * <p>Race-safe without locks: each task is claimed through the engine, whose claim refuses a task someone else
 * holds and whose optimistic lock on the task row lets only one of two simultaneous claims commit. A claim that
 * loses goes on to the next task in the queue. Each claim, with the inquiry's assignee and the assignment log, is
 * one transaction of its own.
 */
@Service
public class QueuedInquiryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(QueuedInquiryDispatcher.class);
    /** Tasks looked at beyond the free capacity, for claims lost to someone faster. */
    private static final int LOOK_AHEAD = 10;

    private final AgentProfileRepository agents;
    private final AssignmentService assignments;
    private final InquiryRepository inquiries;
    private final AssignmentLog assignmentLog;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TransactionTemplate ownTransaction;
    private final TimeSource time;

    QueuedInquiryDispatcher(AgentProfileRepository agents, AssignmentService assignments, InquiryRepository inquiries,
                            AssignmentLog assignmentLog, TaskService tasks, RuntimeService runtime,
                            IdentityService identity, PlatformTransactionManager transactionManager, TimeSource time) {
        this.agents = agents;
        this.assignments = assignments;
        this.inquiries = inquiries;
        this.assignmentLog = assignmentLog;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.time = time;
    }

    /** Claims queued inquiries for the agent while they are available and have room; returns the codes given to them. */
    public List<String> offerQueuedWork(String userId) {
        Optional<AgentProfile> profile = agents.findById(userId);
        if (profile.isEmpty() || profile.get().getStatus() != AgentStatus.AVAILABLE) {
            return List.of();
        }
        long free = profile.get().getCapacity() - assignments.loadOf(List.of(userId)).getOrDefault(userId, 0L);
        if (free <= 0) {
            return List.of();
        }
        // Look-ups and claims run for the process: the caller may be a REST request without an engine login, or a
        // completion that still carries the completing agent's engine login and its narrower view.
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<String> groups = agentQueuesOf(userId);
            List<String> given = new ArrayList<>();
            if (groups.isEmpty()) {
                return given;
            }
            for (Task task : queue(groups, (int) free + LOOK_AHEAD)) {
                if (given.size() >= free) {
                    break;
                }
                claim(task, userId).ifPresent(given::add);
            }
            return given;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private List<Task> queue(List<String> groups, int size) {
        return tasks.createTaskQuery()
                .processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND)
                .taskUnassigned()
                .taskCandidateGroupIn(groups)
                .orderByTaskPriority().desc()
                .orderByDueDate().asc()
                .orderByTaskCreateTime().asc()
                .listPage(0, size);
    }

    private Optional<String> claim(Task task, String userId) {
        try {
            return Optional.ofNullable(ownTransaction.execute(status -> {
                ProcessInstance instance = runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult();
                Inquiry inquiry = instance == null ? null : inquiries.findByCode(instance.getBusinessKey()).orElse(null);
                if (inquiry == null || inquiry.getStatus() != InquiryStatus.OPEN) {
                    return null; // on hold or closing meanwhile: not work to hand out
                }
                tasks.claim(task.getId(), userId);
                Instant now = time.now();
                inquiry.assign(inquiry.getCandidateGroup(), userId, now);
                runtime.setVariable(instance.getId(), InquiryVariables.ASSIGNEE, userId);
                assignmentLog.record(userId, inquiry.getId(), now);
                return inquiry.getCode();
            }));
        } catch (OptimisticLockingException | org.springframework.dao.OptimisticLockingFailureException lost) {
            log.debug("Queued task {} went to someone else first", task.getId());
            return Optional.empty();
        } catch (ProcessEngineException gone) {
            // Claimed by someone else a moment earlier (TaskAlreadyClaimedException) or completed/cancelled meanwhile.
            log.debug("Queued task {} is no longer free: {}", task.getId(), gone.getMessage());
            return Optional.empty();
        }
    }

    private List<String> agentQueuesOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .filter(StaffRoles.AGENTS::contains)
                .toList();
    }
}
