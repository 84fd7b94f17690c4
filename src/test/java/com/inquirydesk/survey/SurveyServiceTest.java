package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import com.inquirydesk.text.KoreanTextAnalysis;
import org.junit.jupiter.api.BeforeEach;
import com.inquirydesk.text.KoreanTextAnalysis;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The rules the survey keeps outside the diagram: once per inquiry, one answer, none after the window. */
class SurveyServiceTest {

    static final long INQUIRY_ID = 42L;
    static final String CODE = "INQ-20261123-000042";
    static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    SurveyInvitationRepository invitations = mock(SurveyInvitationRepository.class);
    SurveyResponseRepository responses = mock(SurveyResponseRepository.class);
    InquiryService inquiries = mock(InquiryService.class);
    CustomerNoticeService notices = mock(CustomerNoticeService.class);
    RuntimeService runtime = mock(RuntimeService.class);
    TimeSource time = mock(TimeSource.class);
    Inquiry inquiry = mock(Inquiry.class);

    SurveyService service = new SurveyService(invitations, responses, mock(CannedResponseRepository.class), inquiries,
            notices, runtime, time, new SurveyProperties(Duration.ofHours(1), Duration.ofDays(7)),
            new InquiryDeskProperties("https://desk.example.kr", ZoneId.of("Asia/Seoul"), null, null, null, null, null),
            new KoreanTextAnalysis());

    @BeforeEach
    void anInquiry() {
        when(time.now()).thenReturn(NOW);
        when(inquiry.getId()).thenReturn(INQUIRY_ID);
        when(inquiry.getCode()).thenReturn(CODE);
        when(inquiry.getCustomerId()).thenReturn(7L);
        when(inquiry.getChannel()).thenReturn(Channel.EMAIL);
        when(inquiry.getCategory()).thenReturn(Category.BILLING);
        when(inquiry.getAssignee()).thenReturn("lee");
        when(inquiries.get(INQUIRY_ID)).thenReturn(inquiry);
    }

    @Test
    void surveyStartsOnceCreditedToTheAgentWhoResolved() {
        when(invitations.existsByInquiryId(INQUIRY_ID)).thenReturn(false);

        assertThat(service.startSurvey(INQUIRY_ID, "kim")).isTrue();

        ArgumentCaptor<SurveyInvitation> saved = ArgumentCaptor.forClass(SurveyInvitation.class);
        verify(invitations).save(saved.capture());
        assertThat(saved.getValue().getAgent()).isEqualTo("kim");
        assertThat(saved.getValue().getStatus()).isEqualTo(SurveyInvitationStatus.SCHEDULED);
        verify(runtime).startProcessInstanceByKey(SatisfactionSurvey.PROCESS_KEY, CODE, Map.of(
                "inquiryId", INQUIRY_ID, "inquiryCode", CODE, "customerId", 7L, "channel", "EMAIL",
                "agent", "kim", "surveyEmailDelay", "PT1H"));
    }

    @Test
    void reopenedAndAgainResolvedInquiryIsNotAskedTwice() {
        when(invitations.existsByInquiryId(INQUIRY_ID)).thenReturn(true);

        assertThat(service.startSurvey(INQUIRY_ID, "kim")).isFalse();

        verify(invitations, never()).save(any());
        verifyNoInteractions(runtime);
    }

    @Test
    void invitationShowsTheLinkWithoutTokenQueuesAPlaceholderAndOpensASevenDayWindow() {
        SurveyInvitation invitation = new SurveyInvitation(INQUIRY_ID, "kim", Channel.EMAIL, NOW);
        when(invitations.findByInquiryId(INQUIRY_ID)).thenReturn(Optional.of(invitation));

        Instant expiresAt = service.sendInvitation(INQUIRY_ID);

        assertThat(expiresAt).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(invitation.getStatus()).isEqualTo(SurveyInvitationStatus.SENT);
        verify(notices).send(INQUIRY_ID, SurveyService.SURVEY_INVITATION,
                Map.of("surveyUrl", "https://desk.example.kr/portal/survey/" + CODE, "expiresAt", "11월 30일(월) 오후 2시"),
                Map.of("surveyUrl", SurveyService.SURVEY_LINK_PLACEHOLDER, "expiresAt", "11월 30일(월) 오후 2시"));
        assertThat(service.pendingSurveyUrl(inquiry)).contains("https://desk.example.kr/portal/survey/" + CODE);
    }

    @Test
    void anIssuedSurveyLinkOpensOnlyThatSurveyUntilItExpiresAndANewerOneReplacesIt() {
        SurveyInvitation invitation = new SurveyInvitation(INQUIRY_ID, "kim", Channel.EMAIL, NOW);
        when(invitations.findByInquiryId(INQUIRY_ID)).thenReturn(Optional.of(invitation));
        assertThat(service.issueLink(INQUIRY_ID)).as("nothing to open before it is sent")
                .isEqualTo("https://desk.example.kr/portal/survey/" + CODE);
        invitation.sent(NOW, NOW.plus(Duration.ofDays(7)));

        String first = tokenOf(service.issueLink(INQUIRY_ID));
        String second = tokenOf(service.issueLink(INQUIRY_ID));

        assertThat(second).isNotEqualTo(first);
        assertThat(service.acceptsSurveyToken(inquiry, second)).isTrue();
        assertThat(service.acceptsSurveyToken(inquiry, first)).as("replaced by the newer delivery").isFalse();
        assertThat(service.acceptsSurveyToken(inquiry, "guess")).isFalse();
        when(time.now()).thenReturn(NOW.plus(Duration.ofDays(7)));
        assertThat(service.acceptsSurveyToken(inquiry, second)).as("expires with the survey").isFalse();
    }

    private static String tokenOf(String link) {
        assertThat(link).startsWith("https://desk.example.kr/portal/survey/" + CODE + "?t=");
        return link.substring(link.indexOf("?t=") + 3);
    }

    @Test
    void answersAreRefusedUnlessTheInvitationIsOpen() {
        SurveyInvitation invitation = new SurveyInvitation(INQUIRY_ID, "kim", Channel.EMAIL, NOW);
        when(invitations.findByInquiryId(INQUIRY_ID)).thenReturn(Optional.of(invitation));
        SurveyAnswerRequest answer = new SurveyAnswerRequest(5, 1, 10, null, null, null, null, null, "좋아요");

        assertRefused(answer, SurveyNotPendingException.Reason.NOT_SENT);

        invitation.sent(NOW.minus(Duration.ofDays(7)), NOW);
        assertRefused(answer, SurveyNotPendingException.Reason.EXPIRED);
        assertThat(service.pendingSurveyUrl(inquiry)).isEmpty();

        invitation.answered(NOW);
        assertRefused(answer, SurveyNotPendingException.Reason.ALREADY_ANSWERED);

        verify(responses, never()).save(any());
        verify(runtime, never()).createMessageCorrelation(anyString());
    }

    @Test
    void complaintInTheCommentIsADecisionInput() {
        SurveyAnswerRequest answer = new SurveyAnswerRequest(4, 2, 8, null, null, null, null, null, "상담원이 불친절했어요");
        when(responses.findById(5L)).thenReturn(Optional.of(new SurveyResponse(INQUIRY_ID, "kim", answer, NOW)));

        assertThat(service.followUpInputs(5L)).isEqualTo(new FollowUpInputs(4, 2, 8, true));
    }

    private void assertRefused(SurveyAnswerRequest answer, SurveyNotPendingException.Reason reason) {
        assertThatThrownBy(() -> service.answer(inquiry, answer)).isInstanceOfSatisfying(SurveyNotPendingException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
