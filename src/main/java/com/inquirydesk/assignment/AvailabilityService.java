package com.inquirydesk.assignment;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.security.StaffRoles;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agents say whether they can take work (AVAILABLE, AWAY, OFFLINE); supervisors set how much each can carry and what
 * they are skilled in. Routing gives new inquiries only to AVAILABLE agents with room ({@link AssignmentService});
 * an agent who becomes available, or gets more capacity, is offered the queue of their groups right away
 * ({@link QueuedInquiryDispatcher}), after the change has committed. Every change is audited.
 */
@Service
public class AvailabilityService {

    static final int MAX_CAPACITY = 50;
    static final int MAX_SKILLS = 10;
    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final AgentProfileRepository agents;
    private final AssignmentService assignments;
    private final QueuedInquiryDispatcher dispatcher;
    private final IdentityService identity;
    private final AuditService audit;
    private final TransactionTemplate transaction;

    AvailabilityService(AgentProfileRepository agents, AssignmentService assignments, QueuedInquiryDispatcher dispatcher,
                        IdentityService identity, AuditService audit, PlatformTransactionManager transactionManager) {
        this.agents = agents;
        this.assignments = assignments;
        this.dispatcher = dispatcher;
        this.identity = identity;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Parses the status an agent sends; anything else is a 400 naming {@code status}. */
    public static AgentStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAgentInputException("status", "상태를 입력해 주세요. 가능한 값: AVAILABLE, AWAY, OFFLINE");
        }
        try {
            return AgentStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidAgentInputException("status", "알 수 없는 상태입니다. 가능한 값: AVAILABLE, AWAY, OFFLINE");
        }
    }

    public AgentOverview own(String userId) {
        return overview(profile(userId));
    }

    /** The agent's own overview, or empty for staff without an agent profile. */
    public Optional<AgentOverview> ownIfAgent(String userId) {
        return agents.findById(userId).map(this::overview);
    }

    /** The agent's own availability; coming back (AVAILABLE) hands them queued inquiries of their groups. */
    public AgentOverview setOwnStatus(String userId, AgentStatus status, String sourceAddress) {
        transaction.executeWithoutResult(tx -> {
            AgentProfile agent = profile(userId);
            AgentStatus before = agent.getStatus();
            agent.setStatus(status);
            agents.save(agent);
            audit.record(userId, sourceAddress, "AGENT_AVAILABILITY_CHANGED", null, "agent", userId,
                    before + " -> " + status);
        });
        return overview(profile(userId)).withAssigned(dispatcher.offerQueuedWork(userId));
    }

    /** A supervisor's decision; more room is filled from the queue at once when the agent is available. */
    public AgentOverview setCapacity(String userId, Integer capacity, String supervisor, String sourceAddress) {
        if (capacity == null) {
            throw new InvalidAgentInputException("capacity", "동시에 맡을 수 있는 문의 수를 입력해 주세요.");
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new InvalidAgentInputException("capacity", "0에서 " + MAX_CAPACITY + " 사이의 수여야 합니다.");
        }
        transaction.executeWithoutResult(tx -> {
            AgentProfile agent = profile(userId);
            int before = agent.getCapacity();
            agent.setCapacity(capacity);
            agents.save(agent);
            audit.record(supervisor, sourceAddress, "AGENT_CAPACITY_CHANGED", null, "agent", userId,
                    before + " -> " + capacity);
        });
        return overview(profile(userId)).withAssigned(dispatcher.offerQueuedWork(userId));
    }

    public AgentOverview setSkills(String userId, List<String> skills, String supervisor, String sourceAddress) {
        if (skills == null) {
            throw new InvalidAgentInputException("skills", "기술 목록을 입력해 주세요 (없으면 빈 목록).");
        }
        List<String> cleaned = skills.stream().map(s -> s == null ? "" : s.strip()).distinct().toList();
        if (cleaned.size() > MAX_SKILLS) {
            throw new InvalidAgentInputException("skills", "기술은 " + MAX_SKILLS + "개까지 입력할 수 있습니다.");
        }
        for (String skill : cleaned) {
            if (!SKILL.matcher(skill).matches()) {
                throw new InvalidAgentInputException("skills",
                        "기술 이름은 영문 소문자, 숫자, 하이픈으로 40자 이내여야 합니다: '" + skill + "'");
            }
        }
        transaction.executeWithoutResult(tx -> {
            AgentProfile agent = profile(userId);
            String before = agent.getSkills();
            agent.setSkills(cleaned);
            agents.save(agent);
            audit.record(supervisor, sourceAddress, "AGENT_SKILLS_CHANGED", null, "agent", userId,
                    (before == null ? "" : before) + " -> " + String.join(",", cleaned));
        });
        return overview(profile(userId));
    }

    /** Every agent with their status, capacity and current open load, for supervisors. */
    public List<AgentOverview> overviewOfAll() {
        List<AgentProfile> all = agents.findAll().stream().sorted(Comparator.comparing(AgentProfile::getUserId)).toList();
        Map<String, Long> load = assignments.loadOf(all.stream().map(AgentProfile::getUserId).toList());
        return all.stream().map(agent -> overview(agent, load.getOrDefault(agent.getUserId(), 0L))).toList();
    }

    private AgentOverview overview(AgentProfile agent) {
        return overview(agent, assignments.loadOf(List.of(agent.getUserId())).getOrDefault(agent.getUserId(), 0L));
    }

    private AgentOverview overview(AgentProfile agent, long load) {
        List<String> groups = identity.createGroupQuery().groupMember(agent.getUserId()).list().stream()
                .map(Group::getId).filter(StaffRoles.AGENTS::contains).sorted().toList();
        return new AgentOverview(agent.getUserId(), agent.getDisplayName(), agent.getStatus(), agent.getCapacity(), load,
                agent.skillList(), groups, List.of());
    }

    private AgentProfile profile(String userId) {
        return agents.findById(userId).orElseThrow(() -> new AgentNotFoundException(userId));
    }
}
