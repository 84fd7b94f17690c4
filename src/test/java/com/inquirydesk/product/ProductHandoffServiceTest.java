package com.inquirydesk.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

/** Joining, counting and telling customers once, with the tables replaced by a list and the engine by a mock. */
class ProductHandoffServiceTest {

    static final String FEATURE = "app-login";
    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    ProductFeedbackRepository feedbacks = mock(ProductFeedbackRepository.class);
    ProductFeedbackLinkRepository linkRepository = mock(ProductFeedbackLinkRepository.class);
    ProductHandoffProcess process = mock(ProductHandoffProcess.class);
    CustomerNoticeService notices = mock(CustomerNoticeService.class);
    AuditService audit = mock(AuditService.class);
    TimeSource time = mock(TimeSource.class);
    List<ProductFeedbackLink> links = new ArrayList<>();

    ProductHandoffService service = new ProductHandoffService(feedbacks, linkRepository, process,
            mock(InquiryService.class), notices, mock(NotificationService.class), mock(MessageTemplateService.class),
            audit, time, new ProductHandoffProperties(Duration.ofDays(2)),
            new InquiryDeskProperties("http://localhost:8080", ZoneId.of("Asia/Seoul"), null, null, null, null, null));

    @BeforeEach
    void tablesAsLists() {
        when(time.now()).thenReturn(NOW);
        when(feedbacks.saveAndFlush(any())).thenAnswer(call -> {
            ProductFeedback saved = call.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 11L);
            return saved;
        });
        when(feedbacks.save(any())).thenAnswer(call -> call.getArgument(0));
        when(linkRepository.save(any())).thenAnswer(call -> {
            links.add(call.getArgument(0));
            return call.getArgument(0);
        });
        when(linkRepository.existsByFeedbackIdAndInquiryId(anyLong(), anyLong())).thenAnswer(call -> links.stream()
                .anyMatch(link -> link.getFeedbackId().equals(call.getArgument(0))
                        && link.getInquiryId().equals(call.getArgument(1))));
        when(linkRepository.findByFeedbackIdOrderByCreatedAtAscIdAsc(anyLong())).thenAnswer(call -> links.stream()
                .filter(link -> link.getFeedbackId().equals(call.getArgument(0))).toList());
        when(linkRepository.findByFeedbackIdAndNotifiedAtIsNullOrderByIdAsc(anyLong())).thenAnswer(call -> links.stream()
                .filter(link -> link.getFeedbackId().equals(call.getArgument(0)) && link.getNotifiedAt() == null).toList());
    }

    @Test
    void firstReportOnAFeatureOpensAHandoffAndStartsItsProcess() {
        when(feedbacks.findByOpenFeatureKey(FEATURE)).thenReturn(Optional.empty());

        service.report(" app-login ", "지문 로그인이 실패함", 1L, 100L, 7L);

        var opened = ArgumentCaptor.forClass(ProductFeedback.class);
        verify(feedbacks).saveAndFlush(opened.capture());
        ProductFeedback feedback = opened.getValue();
        assertThat(feedback.getFeatureKey()).isEqualTo(FEATURE);
        assertThat(feedback.getOpenFeatureKey()).isEqualTo(FEATURE);
        assertThat(feedback.getTitle()).isEqualTo("지문 로그인이 실패함");
        assertThat(feedback.getStatus()).isEqualTo(ProductFeedbackStatus.OPEN);
        assertThat(feedback.getCreatedAt()).isEqualTo(NOW);
        assertThat(feedback.getAffectedCustomers()).isEqualTo(1);
        assertThat(feedback.getLinkedInquiries()).isEqualTo(1);
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getFeedbackId()).isEqualTo(11L);
            assertThat(link.getInquiryId()).isEqualTo(1L);
            assertThat(link.getCustomerId()).isEqualTo(100L);
            assertThat(link.getVocItemId()).isEqualTo(7L);
            assertThat(link.getSummary()).isEqualTo("지문 로그인이 실패함");
        });
        verify(process).start(11L, FEATURE, Duration.ofDays(2));
        verify(process, never()).feedbackAdded(anyLong(), anyString());
    }

    @Test
    void reportsOnAnOpenHandoffJoinItAndCountEachCustomerOnce() {
        ProductFeedback open = openHandoff();

        service.report(FEATURE, "업데이트 뒤 로그인 화면이 멈춤", 2L, 200L, null);
        assertThat(open.getAffectedCustomers()).isEqualTo(2);
        assertThat(open.getLinkedInquiries()).isEqualTo(2);

        // The first customer writes again in a new inquiry: one more inquiry, not one more customer.
        service.report(FEATURE, "다시 로그인 실패", 3L, 100L, null);
        assertThat(open.getAffectedCustomers()).isEqualTo(2);
        assertThat(open.getLinkedInquiries()).isEqualTo(3);

        verify(process, times(2)).feedbackAdded(11L, FEATURE);
        verify(process, never()).start(anyLong(), anyString(), any());
        verify(feedbacks, never()).saveAndFlush(any());
    }

    @Test
    void theSameInquiryReportedAgainChangesNothing() {
        ProductFeedback open = openHandoff();

        service.report(FEATURE, "지문 로그인이 실패함", 1L, 100L, 7L);

        assertThat(links).hasSize(1);
        assertThat(open.getAffectedCustomers()).isEqualTo(1);
        assertThat(open.getLinkedInquiries()).isEqualTo(1);
        verify(process, never()).feedbackAdded(anyLong(), anyString());
    }

    @Test
    void declinedOrReleasedHandoffIsNoLongerOpenForItsFeature() {
        ProductFeedback declined = ProductFeedback.open(FEATURE, "지문 로그인이 실패함", NOW);
        declined.triaged(ProductFeedbackStatus.DECLINED, null, "지원하지 않는 기기");
        ProductFeedback released = ProductFeedback.open(FEATURE, "지문 로그인이 실패함", NOW);
        released.released("3.9.1", NOW.plusSeconds(60));
        ProductFeedback planned = ProductFeedback.open(FEATURE, "지문 로그인이 실패함", NOW);
        planned.triaged(ProductFeedbackStatus.PLANNED, "3.9.0", null);

        assertThat(declined.getOpenFeatureKey()).isNull();
        assertThat(released.getOpenFeatureKey()).isNull();
        assertThat(released.getTargetRelease()).isEqualTo("3.9.1");
        assertThat(released.getReleasedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(planned.getOpenFeatureKey()).isEqualTo(FEATURE);
        assertThatThrownBy(() -> released.released("3.9.2", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyLinkedInquiryHearsOfTheFixExactlyOnce() {
        ProductFeedback open = openHandoff();
        service.report(FEATURE, "업데이트 뒤 로그인 화면이 멈춤", 2L, 200L, null);
        open.released("3.9.1", NOW);

        assertThat(service.notifyLinkedCustomers(11L)).isEqualTo(2);
        assertThat(service.notifyLinkedCustomers(11L)).isZero();

        Map<String, String> values = Map.of("featureTitle", "지문 로그인이 실패함", "release", "3.9.1");
        verify(notices).send(1L, ProductHandoffService.FIX_SHIPPED_NOTICE, values);
        verify(notices).send(2L, ProductHandoffService.FIX_SHIPPED_NOTICE, values);
        verify(notices, times(2)).send(anyLong(), anyString(), any());
        assertThat(links).allSatisfy(link -> assertThat(link.getNotifiedAt()).isEqualTo(NOW));
    }

    @Test
    void triageDecisionSetsTheStatusAndReleasedWaitsForTheReleaseStep() {
        ProductFeedback open = openHandoff();

        service.recordDecision(11L, "released", "3.8.2", null);
        assertThat(open.getStatus()).isEqualTo(ProductFeedbackStatus.OPEN);

        service.recordDecision(11L, "needInfo", null, "재현 기기 모델명을 알려 주세요");
        assertThat(open.getStatus()).isEqualTo(ProductFeedbackStatus.NEED_INFO);
        assertThat(open.getAnswer()).isEqualTo("재현 기기 모델명을 알려 주세요");
        assertThat(open.isOpen()).isTrue();

        service.recordDecision(11L, "planned", "3.9.0", "다음 정기 배포");
        assertThat(open.getStatus()).isEqualTo(ProductFeedbackStatus.PLANNED);
        assertThat(open.getTargetRelease()).isEqualTo("3.9.0");
    }

    @Test
    void fixAnnouncementIsRefusedForAnUnknownOrClosedFeature() {
        when(feedbacks.findFirstByFeatureKeyOrderByCreatedAtDescIdDesc("unknown")).thenReturn(Optional.empty());
        ProductFeedback released = ProductFeedback.open(FEATURE, "지문 로그인이 실패함", NOW);
        released.released("3.9.1", NOW);
        when(feedbacks.findFirstByFeatureKeyOrderByCreatedAtDescIdDesc(FEATURE)).thenReturn(Optional.of(released));

        assertThatThrownBy(() -> service.announceFixReleased("unknown", "3.9.1", "jung", "127.0.0.1"))
                .isInstanceOfSatisfying(ProductFeedbackException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> service.announceFixReleased(FEATURE, "3.9.2", "jung", "127.0.0.1"))
                .isInstanceOfSatisfying(ProductFeedbackException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        verify(process, never()).fixReleased(anyLong(), anyString(), anyString());
    }

    @Test
    void fixAnnouncementWakesTheOpenHandoffAndIsAudited() {
        ProductFeedback open = openHandoff();
        when(feedbacks.findFirstByFeatureKeyOrderByCreatedAtDescIdDesc(FEATURE)).thenReturn(Optional.of(open));
        when(process.fixReleased(11L, FEATURE, "3.9.1")).thenReturn(true);

        service.announceFixReleased(FEATURE, " 3.9.1 ", "jung", "127.0.0.1");

        verify(audit).record("jung", "127.0.0.1", "FIX_RELEASED", null, "product_feedback", "11", "release 3.9.1");
    }

    @Test
    void fixAnnouncementIsRefusedWhileTheHandoffCannotTakeIt() {
        ProductFeedback open = openHandoff();
        when(feedbacks.findFirstByFeatureKeyOrderByCreatedAtDescIdDesc(FEATURE)).thenReturn(Optional.of(open));
        when(process.fixReleased(11L, FEATURE, "3.9.1")).thenReturn(false);

        assertThatThrownBy(() -> service.announceFixReleased(FEATURE, "3.9.1", "jung", "127.0.0.1"))
                .isInstanceOfSatisfying(ProductFeedbackException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        verify(audit, never()).record(any(), any(), any(), any(), any(), any(), any());
    }

    /** An open hand-off (id 11) with its first report: inquiry 1 of customer 100. */
    private ProductFeedback openHandoff() {
        ProductFeedback open = ProductFeedback.open(FEATURE, "지문 로그인이 실패함", NOW);
        ReflectionTestUtils.setField(open, "id", 11L);
        links.add(new ProductFeedbackLink(11L, 1L, 100L, 7L, "지문 로그인이 실패함", NOW));
        open.recount(links);
        when(feedbacks.findByOpenFeatureKey(FEATURE)).thenReturn(Optional.of(open));
        when(feedbacks.findById(11L)).thenReturn(Optional.of(open));
        return open;
    }
}
