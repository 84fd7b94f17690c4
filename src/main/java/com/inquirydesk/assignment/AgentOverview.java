package com.inquirydesk.assignment;

import java.util.List;

/** One agent as supervisors see them: availability, capacity, the open inquiries they carry, skills and queues. */
public record AgentOverview(String userId, String displayName, AgentStatus status, int capacity, long openLoad,
                            List<String> skills, List<String> groups, List<String> assigned) {

    AgentOverview withAssigned(List<String> codes) {
        return new AgentOverview(userId, displayName, status, capacity, openLoad + codes.size(), skills, groups, codes);
    }
}
