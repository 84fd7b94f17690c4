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
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The assignment strategy on the real database and identity service, in a group of its own. */
@IntegrationTest
class AssignmentServiceIT {

    @Autowired AssignmentService assignments;
    @Autowired IdentityService identity;
    @Autowired AgentProfileRepository agents;
    @Autowired InquiryRepository inquiries;
    @Autowired CustomerRepository customers;
    @Autowired TransactionTemplate transaction;

    String group;
    String ahn;
    String bae;
    Instant clock = Instant.parse("2026-11-24T01:00:00Z");

    @BeforeEach
    void twoAgentsInAGroupOfTheirOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        group = "agents-it-" + suffix;
        ahn = "ahn" + suffix;
        bae = "bae" + suffix;
        identity.saveGroup(identity.newGroup(group));
        for (String user : new String[] {ahn, bae}) {
            identity.saveUser(identity.newUser(user));
            identity.createMembership(user, group);
            agents.save(new AgentProfile(user, user, 2));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void returningCustomerGoesBackToTheAgentWhoHelpedLastTime() {
        Customer customer = newCustomer();
        Inquiry earlier = inquiry(customer, InquiryStatus.CLOSED, bae);
        inquiry(newCustomer(), InquiryStatus.OPEN, bae);

        Inquiry returning = inquiry(customer, InquiryStatus.RECEIVED, null);

        assertThat(earlier.getAssignee()).isEqualTo(bae);
        assertThat(assign(returning)).as("previous agent despite a higher load").isEqualTo(bae);
        assertThat(inquiries.findById(returning.getId()).orElseThrow().getStatus()).isEqualTo(InquiryStatus.OPEN);
    }

    @Test
    void previousAgentAtCapacityHandsOverToTheLeastLoaded() {
        Customer customer = newCustomer();
        inquiry(customer, InquiryStatus.CLOSED, bae);
        inquiry(newCustomer(), InquiryStatus.OPEN, bae);
        inquiry(newCustomer(), InquiryStatus.OPEN, bae);

        assertThat(assign(inquiry(customer, InquiryStatus.RECEIVED, null))).isEqualTo(ahn);
    }

    @Test
    void newCustomerGoesToTheLeastLoadedAgent() {
        inquiry(newCustomer(), InquiryStatus.OPEN, ahn);
        inquiry(newCustomer(), InquiryStatus.WAITING_CUSTOMER, bae);

        assertThat(assign(inquiry(newCustomer(), InquiryStatus.RECEIVED, null)))
                .as("waiting on the customer does not count as load").isEqualTo(bae);
    }

    @Test
    void equallyLoadedAgentsTakeTurns() {
        Inquiry first = inquiry(newCustomer(), InquiryStatus.RECEIVED, null);
        String firstAgent = assign(first);
        close(first);

        Inquiry second = inquiry(newCustomer(), InquiryStatus.RECEIVED, null);
        String secondAgent = assign(second);
        close(second);

        Inquiry third = inquiry(newCustomer(), InquiryStatus.RECEIVED, null);

        assertThat(secondAgent).isNotEqualTo(firstAgent);
        assertThat(assign(third)).isEqualTo(firstAgent);
    }

    @Test
    void withEveryoneAwayOrFullTheInquiryWaitsInTheGroupQueue() {
        AgentProfile away = agents.findById(ahn).orElseThrow();
        away.setStatus(AgentStatus.AWAY);
        agents.save(away);
        inquiry(newCustomer(), InquiryStatus.OPEN, bae);
        inquiry(newCustomer(), InquiryStatus.OPEN, bae);

        Inquiry queued = inquiry(newCustomer(), InquiryStatus.RECEIVED, null);

        assertThat(assign(queued)).isNull();
        Inquiry stored = inquiries.findById(queued.getId()).orElseThrow();
        assertThat(stored.getCandidateGroup()).isEqualTo(group);
        assertThat(stored.getAssignee()).isNull();
    }

    private String assign(Inquiry inquiry) {
        clock = clock.plusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(clock));
        return assignments.assign(inquiry.getId(), group);
    }

    private void close(Inquiry inquiry) {
        transaction.executeWithoutResult(status -> inquiries.findById(inquiry.getId()).orElseThrow()
                .changeStatus(InquiryStatus.CLOSED, clock));
    }

    private Customer newCustomer() {
        return customers.save(new Customer("it-" + UUID.randomUUID() + "@example.kr", null, "테스트", null, "ko", clock));
    }

    private Inquiry inquiry(Customer customer, InquiryStatus status, String assignee) {
        clock = clock.plusSeconds(1);
        Inquiry inquiry = new Inquiry("INQ-29991231-" + UUID.randomUUID().toString().substring(0, 6), customer.getId(),
                Channel.WEB, Category.GENERAL, "배정 테스트", "본문", "ko", clock);
        inquiry.grantAccess("nonce", "hash");
        if (assignee != null || status != InquiryStatus.RECEIVED) {
            inquiry.assign(group, assignee, clock);
            inquiry.changeStatus(status, clock);
        }
        return inquiries.save(inquiry);
    }
}
