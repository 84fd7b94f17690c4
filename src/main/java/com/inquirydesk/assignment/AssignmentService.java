package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses who answers an inquiry within its group: the agent who helped this customer last time
 * when they can take it, otherwise an available agent with room, those having the skill the category asks
 * for ({@link RoutingSkills}) first, then the least loaded (the one waiting longest since
 * their last assignment among equals, which rotates work round robin), otherwise nobody and the
 * inquiry waits in the group queue.
 */
@Service
public class AssignmentService {

    /** Inquiries that occupy an agent; waiting on the customer does not. */
    static final Set<InquiryStatus> LOAD_STATUSES = EnumSet.of(InquiryStatus.OPEN, InquiryStatus.ON_HOLD);

    private final InquiryService inquiries;
    private final InquiryRepository inquiryRepository;
    private final AgentProfileRepository agents;
    private final AssignmentLog assignmentLog;
    private final IdentityService identity;
    private final TimeSource time;
    private final RoutingSkills skills;

    public AssignmentService(InquiryService inquiries, InquiryRepository inquiryRepository,
                             AgentProfileRepository agents, AssignmentLog assignmentLog, IdentityService identity,
                             TimeSource time, RoutingSkills skills) {
        this.inquiries = inquiries;
        this.inquiryRepository = inquiryRepository;
        this.agents = agents;
        this.assignmentLog = assignmentLog;
        this.identity = identity;
        this.time = time;
        this.skills = skills;
    }

    /** Returns the chosen agent's user id, or {@code null} when the inquiry stays in the group queue. */
    @Transactional
    public String assign(long inquiryId, String group) {
        Inquiry inquiry = inquiries.get(inquiryId);
        List<String> members = EngineAuthorization.asProcess(() -> identity.createUserQuery()
                .memberOfGroup(group).list().stream().map(User::getId).toList());
        List<AgentProfile> available = agents.findByUserIdIn(members).stream()
                .filter(agent -> agent.getStatus() == AgentStatus.AVAILABLE)
                .toList();
        Map<String, Long> load = currentLoad(available, inquiryId);
        Map<String, Instant> lastAssigned = assignmentLog.lastAssigned(
                available.stream().map(AgentProfile::getUserId).toList());
        Predicate<AgentProfile> hasRoom = agent -> load.getOrDefault(agent.getUserId(), 0L) < agent.getCapacity();
        String skill = skills.requiredFor(inquiry.getCategory());

        Optional<AgentProfile> chosen = previousAgent(inquiry)
                .flatMap(previous -> available.stream().filter(a -> a.getUserId().equals(previous)).findFirst())
                .filter(hasRoom)
                .or(() -> available.stream()
                        .filter(hasRoom)
                        .min(Comparator.comparing((AgentProfile a) -> !a.hasSkill(skill))
                                .thenComparingLong((AgentProfile a) -> load.getOrDefault(a.getUserId(), 0L))
                                .thenComparing((AgentProfile a) -> lastAssigned.get(a.getUserId()),
                                        Comparator.nullsFirst(Comparator.naturalOrder()))
                                .thenComparing(AgentProfile::getUserId)));
        Instant now = time.now();
        chosen.ifPresent(agent -> assignmentLog.record(agent.getUserId(), inquiryId, now));
        String assignee = chosen.map(AgentProfile::getUserId).orElse(null);
        inquiry.assign(group, assignee, now);
        return assignee;
    }

    /**
     * The agent who handled the inquiry keeps it when they are available; otherwise it waits in the group
     * queue. Returns the agent now responsible, or {@code null} for the queue.
     */
    @Transactional
    public String keepIfAvailable(long inquiryId, String group, String agent) {
        Inquiry inquiry = inquiries.get(inquiryId);
        String kept = agent == null ? null : agents.findByUserIdIn(List.of(agent)).stream()
                .filter(profile -> profile.getStatus() == AgentStatus.AVAILABLE)
                .map(AgentProfile::getUserId)
                .findFirst().orElse(null);
        inquiry.assign(group, kept, time.now());
        return kept;
    }

    /** Open inquiries (OPEN, ON_HOLD) each agent carries now. */
    public Map<String, Long> loadOf(Collection<String> userIds) {
        Map<String, Long> load = new HashMap<>();
        if (!userIds.isEmpty()) {
            for (Object[] row : inquiryRepository.countOpenByAssignee(userIds, LOAD_STATUSES, -1L)) {
                load.put((String) row[0], (Long) row[1]);
            }
        }
        return load;
    }

    private Map<String, Long> currentLoad(List<AgentProfile> candidates, long excludedInquiryId) {
        Map<String, Long> load = new HashMap<>();
        if (candidates.isEmpty()) {
            return load;
        }
        for (Object[] row : inquiryRepository.countOpenByAssignee(
                candidates.stream().map(AgentProfile::getUserId).toList(), LOAD_STATUSES, excludedInquiryId)) {
            load.put((String) row[0], (Long) row[1]);
        }
        return load;
    }

    private Optional<String> previousAgent(Inquiry inquiry) {
        return inquiryRepository.findByCustomerIdAndIdNotOrderByCreatedAtDesc(inquiry.getCustomerId(), inquiry.getId())
                .stream()
                .map(Inquiry::getAssignee)
                .filter(a -> a != null)
                .findFirst();
    }
}
