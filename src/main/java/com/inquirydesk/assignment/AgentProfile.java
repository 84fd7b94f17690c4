package com.inquirydesk.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agent's availability and how many open inquiries they can carry at once. */
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

    private Instant lastAssignedAt;

    @Version
    private long version;

    protected AgentProfile() {
    }

    public AgentProfile(String userId, String displayName, int capacity) {
        this.userId = userId;
        this.displayName = displayName;
        this.capacity = capacity;
    }

    void assignedAt(Instant at) {
        this.lastAssignedAt = at;
    }

    public String getUserId() { return userId; }
    public String getDisplayName() { return displayName; }
    public AgentStatus getStatus() { return status; }
    public void setStatus(AgentStatus status) { this.status = status; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getSkills() { return skills; }
    public Instant getLastAssignedAt() { return lastAssignedAt; }
}
