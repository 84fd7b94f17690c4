package com.inquirydesk.assignment;

import com.inquirydesk.security.AgentRoster;
import com.inquirydesk.system.InquiryDeskProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AgentProfileRoster implements AgentRoster {

    private final AgentProfileRepository agents;
    private final InquiryDeskProperties properties;

    AgentProfileRoster(AgentProfileRepository agents, InquiryDeskProperties properties) {
        this.agents = agents;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void ensureAgent(String userId, String displayName) {
        if (!agents.existsById(userId)) {
            agents.save(new AgentProfile(userId, displayName, properties.assignment().defaultCapacity()));
        }
    }
}
