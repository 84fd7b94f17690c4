package com.inquirydesk.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
}
