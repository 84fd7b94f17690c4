package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    OutboxRepository outbox = mock(OutboxRepository.class);
    TimeSource time = mock(TimeSource.class);
    IdentityService identity = mock(IdentityService.class);
    NotificationService notifications = new NotificationService(outbox, time, identity);

    Inquiry inquiry = new Inquiry("INQ-20261123-000007", 3L, Channel.CHAT, Category.GENERAL, "제목", "본문", "ko", NOW);

    @Test
    void staffNoticesGoByEmailOncePerPersonWithAnAddress() {
        when(time.now()).thenReturn(NOW);
        when(outbox.save(any())).thenAnswer(call -> call.getArgument(0));
        User kim = user("kim", "kim@desk.example");
        List<User> members = List.of(user("kim", "kim@desk.example"), user("yoon", null), user("seo", "seo@desk.example"));
        UserQuery byId = mock(UserQuery.class, RETURNS_SELF);
        when(byId.singleResult()).thenReturn(kim);
        UserQuery byGroup = mock(UserQuery.class, RETURNS_SELF);
        when(byGroup.list()).thenReturn(members);
        when(identity.createUserQuery()).thenReturn(byId, byGroup);

        List<OutboxMessage> queued = notifications.notifyStaff(inquiry, "kim", "agents-general", "AGENT_REQUESTED", "알림");

        assertThat(queued).extracting(OutboxMessage::getRecipient).containsExactly("kim@desk.example", "seo@desk.example");
        assertThat(queued).allSatisfy(message -> {
            assertThat(message.getChannel()).as("staff read e-mail, whatever the customer's channel").isEqualTo(Channel.EMAIL);
            assertThat(message.getTemplateCode()).isEqualTo("AGENT_REQUESTED");
            assertThat(message.getPayload()).isEqualTo("알림");
        });
    }

    @Test
    void nobodyNamedMeansNothingQueued() {
        assertThat(notifications.notifyStaff(inquiry, null, null, "AGENT_REQUESTED", "알림")).isEmpty();
    }

    private static User user(String id, String email) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getEmail()).thenReturn(email);
        return user;
    }
}
