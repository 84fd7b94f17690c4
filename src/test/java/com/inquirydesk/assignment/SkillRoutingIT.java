package com.inquirydesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerRepository;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Skills in routing, in a group of its own: CONTRACT asks for {@code contract-law} (application.yaml), so the agent
 * who has it is chosen even when busier; a category that asks for nothing goes to the least loaded as before.
 */
@IntegrationTest
class SkillRoutingIT {

    @Autowired AssignmentService assignments;
    @Autowired IdentityService identity;
    @Autowired AgentProfileRepository agents;
    @Autowired InquiryRepository inquiries;
    @Autowired CustomerRepository customers;

    String group;
    String generalist;
    String lawyer;
    Instant clock = Instant.parse("2026-11-25T01:00:00Z");

    @BeforeEach
    void twoAgentsOneWithTheContractSkill() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        group = "agents-skill-" + suffix;
        generalist = "gen" + suffix;
        lawyer = "law" + suffix;
        identity.saveGroup(identity.newGroup(group));
        for (String user : new String[] {generalist, lawyer}) {
            identity.saveUser(identity.newUser(user));
            identity.createMembership(user, group);
            AgentProfile profile = new AgentProfile(user, user, 3);
            if (user.equals(lawyer)) {
                profile.setSkills(List.of("contract-law"));
            }
            agents.save(profile);
        }
        inquiry(Category.GENERAL, lawyer);
    }

    @Test
    void aCategoryAskingForASkillGoesToTheSkilledAgentEvenWhenBusier() {
        assertThat(assignments.assign(inquiry(Category.CONTRACT, null).getId(), group)).isEqualTo(lawyer);
    }

    @Test
    void aCategoryAskingForNothingGoesToTheLeastLoaded() {
        assertThat(assignments.assign(inquiry(Category.BILLING, null).getId(), group)).isEqualTo(generalist);
    }

    @Test
    void withTheSkilledAgentAwayTheInquiryStillFindsSomeone() {
        AgentProfile away = agents.findById(lawyer).orElseThrow();
        away.setStatus(AgentStatus.AWAY);
        agents.save(away);

        assertThat(assignments.assign(inquiry(Category.CONTRACT, null).getId(), group)).isEqualTo(generalist);
    }

    private Inquiry inquiry(Category category, String assignee) {
        clock = clock.plusSeconds(1);
        Customer customer = customers.save(new Customer("skill-" + UUID.randomUUID() + "@example.kr", null, "테스트", null,
                "ko", clock));
        Inquiry inquiry = new Inquiry("INQ-29991230-" + UUID.randomUUID().toString().substring(0, 6), customer.getId(),
                Channel.WEB, category, "기술 배정 테스트", "본문", "ko", clock);
        inquiry.grantAccess("nonce", "hash");
        if (assignee != null) {
            inquiry.assign(group, assignee, clock);
            inquiry.changeStatus(InquiryStatus.OPEN, clock);
        }
        return inquiries.save(inquiry);
    }
}
