package com.inquirydesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.sla.ResponseTargets;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentRequestServiceTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z"); // Monday 11:00 in Seoul

    InquiryService inquiries = mock(InquiryService.class);
    CustomerNoticeService customerNotices = mock(CustomerNoticeService.class);
    NotificationService notifications = mock(NotificationService.class);
    MessageTemplateService templates = mock(MessageTemplateService.class);
    ResponseTargets targets = mock(ResponseTargets.class);
    TimeSource time = mock(TimeSource.class);
    InquiryDeskProperties properties = mock(InquiryDeskProperties.class);

    AgentRequestService service = new AgentRequestService(inquiries, customerNotices, notifications, templates, targets,
            time, properties, new AgentRequestProperties(Duration.ofMinutes(10)));

    Inquiry inquiry = new Inquiry("INQ-20261123-000007", 3L, Channel.WEB, Category.GENERAL, "배송지 변경", "본문", "ko",
            NOW.minus(Duration.ofHours(1)));

    @BeforeEach
    void setUp() {
        when(time.now()).thenReturn(NOW);
        when(properties.zone()).thenReturn(ZoneId.of("Asia/Seoul"));
        when(properties.publicBaseUrl()).thenReturn("http://desk.example");
        when(properties.deskLink(anyString())).thenCallRealMethod();
        when(inquiries.get(7L)).thenReturn(inquiry);
        when(templates.render(anyString(), anyString(), anyMap())).thenReturn("staff notice");
        when(targets.dueAfter(any(), any(), anyBoolean()))
                .thenAnswer(call -> ((Instant) call.getArgument(0)).plus((Duration) call.getArgument(1)));
    }

    @ParameterizedTest
    @CsvSource({"LOW, HIGH", "NORMAL, HIGH", "HIGH, URGENT", "URGENT, URGENT"})
    void aCustomerAskingForAPersonIsNeverBelowHighAndMovesUpOneStepFromThere(Priority before, Priority after) {
        assertThat(AgentRequestService.raised(before)).isEqualTo(after);
    }

    @Test
    void beforeTheFirstAnswerTheFirstResponsePromiseStands() {
        Instant due = NOW.plus(Duration.ofHours(3));
        inquiry.setFirstResponseDueAt(due);

        assertThat(service.expectedBy(inquiry)).isEqualTo(due);
        verify(targets, never()).dueAfter(any(), any(), anyBoolean());
    }

    @Test
    void afterAnAnswerAPersonIsDueWithinHalfAnHourOfBusinessTime() {
        inquiry.setFirstResponseDueAt(NOW.plus(Duration.ofHours(3)));
        inquiry.recordAgentResponse(NOW.minus(Duration.ofMinutes(10)));

        assertThat(service.expectedBy(inquiry)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        verify(targets).dueAfter(NOW, Duration.ofMinutes(30), true);
    }

    @Test
    void aFirstResponsePromiseAlreadyBrokenIsNotQuotedAgain() {
        inquiry.setFirstResponseDueAt(NOW.minus(Duration.ofMinutes(5)));

        assertThat(service.expectedBy(inquiry)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theCustomerReadsTheTimeTheApiQuotedAndTheGroupHearsOfTheRequest() {
        Instant quoted = Instant.parse("2026-11-23T05:30:00Z");

        var handled = service.handle(7L, "kim", "agents-general", quoted);

        assertThat(handled.priority()).isEqualTo(Priority.HIGH);
        assertThat(handled.expectedBy()).isEqualTo(quoted);
        assertThat(inquiry.getPriority()).isEqualTo(Priority.HIGH);
        verify(customerNotices).send(7L, AgentRequestService.AGENT_REQUEST_ACK,
                Map.of("expectedBy", "11월 23일(월) 오후 2시 30분"));
        verify(notifications).notifyStaff(inquiry, "kim", "agents-general", AgentRequestService.AGENT_REQUESTED,
                "staff notice");
        verify(templates).render(eq(AgentRequestService.AGENT_REQUESTED), eq("ko"), eq(Map.of(
                "code", "INQ-20261123-000007",
                "priority", "HIGH",
                "expectedBy", "11월 23일(월) 오후 2시 30분",
                "conversationUrl", "http://desk.example/desk/inquiries/INQ-20261123-000007")));
    }

    @Test
    void repeatedRequestsWithinTheCooldownRaiseAndAlertNothingAgain() {
        Instant quoted = Instant.parse("2026-11-23T05:30:00Z");
        service.handle(7L, "kim", "agents-general", quoted);

        for (int i = 0; i < 19; i++) {
            var again = service.handle(7L, "kim", "agents-general", quoted);
            assertThat(again.repeated()).isTrue();
            assertThat(again.priority()).isEqualTo(Priority.HIGH);
        }

        assertThat(inquiry.getPriority()).as("raised once, not to URGENT").isEqualTo(Priority.HIGH);
        verify(notifications, times(1)).notifyStaff(any(), any(), any(), any(), any());
        verify(customerNotices, times(1)).send(anyLong(), anyString(), anyMap());
    }

    @Test
    void aRequestAfterTheCooldownCountsAgain() {
        service.handle(7L, "kim", "agents-general", NOW.plus(Duration.ofMinutes(30)));
        when(time.now()).thenReturn(NOW.plus(Duration.ofMinutes(11)));

        var later = service.handle(7L, "kim", "agents-general", null);

        assertThat(later.repeated()).isFalse();
        assertThat(inquiry.getPriority()).isEqualTo(Priority.URGENT);
        verify(notifications, times(2)).notifyStaff(any(), any(), any(), any(), any());
    }

    @Test
    void whileAnAnswerIsOwedByALaterTimeThatTimeIsThePromise() {
        Instant due = NOW.plus(Duration.ofHours(2));
        inquiry.startResponseClock("NEXT_RESPONSE", NOW.minus(Duration.ofHours(1)), due);
        inquiry.recordAgentResponse(NOW.minus(Duration.ofHours(2)));

        assertThat(service.expectedBy(inquiry)).isEqualTo(due);
    }
}
