package com.inquirydesk.assignment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentProfileRepository extends JpaRepository<AgentProfile, String> {

    List<AgentProfile> findByUserIdIn(Collection<String> userIds);
}
