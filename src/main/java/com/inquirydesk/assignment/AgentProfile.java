package com.inquirydesk.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An agent's availability and how many open inquiries they can carry at once. Changed by people, never by
 * an assignment (assignments go to {@link AssignmentLog}), so its version only guards concurrent edits.
 */
@Entity
@Table(name = "agent_profile")
public class AgentProfile {

    @Id
    private String userId;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private AgentStatus status = AgentStatus.AVAILABLE;

    private int capacity;

    private String skills;

    @Version
    private long version;

    protected AgentProfile() {
    }

    public AgentProfile(String userId, String displayName, int capacity) {
        this.userId = userId;
        this.displayName = displayName;
        this.capacity = capacity;
    }

    public String getUserId() { return userId; }
    public String getDisplayName() { return displayName; }
    public AgentStatus getStatus() { return status; }
    public void setStatus(AgentStatus status) { this.status = status; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getSkills() { return skills; }

    /** Skills are kept as one comma-separated column; each is a short lower-case word such as {@code contract-law}. */
    public List<String> skillList() {
        if (skills == null || skills.isBlank()) {
            return List.of();
        }
        return Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void setSkills(Collection<String> skills) {
        this.skills = skills.isEmpty() ? null : String.join(",", skills);
    }

    /** True when no skill is asked for, or the agent has the one asked for. */
    public boolean hasSkill(String skill) {
        return skill == null || skillList().contains(skill);
    }
}
