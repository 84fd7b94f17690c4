package com.inquirydesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskCaptionTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Instant DUE = Instant.parse("2026-12-03T05:30:00Z");

    @Test
    void respondTaskIsNamedByCodeAndSubjectAndDescribedByCustomerChannelAndDueTime() {
        var facts = new TaskCaption.InquiryFacts("INQ-20261202-000007", "결제가 두 번 됐어요", "웹", "한결제", "결제");

        TaskCaption caption = TaskCaption.forInquiry("문의 답변", true, facts, DUE, SEOUL);

        assertThat(caption.name()).isEqualTo("INQ-20261202-000007 · 결제가 두 번 됐어요");
        assertThat(caption.description()).isEqualTo("문의 답변 · 결제 · 웹 · 고객 한*제 · 기한 12월 3일 14:30");
        assertThat(caption.columns()).containsEntry(TaskListColumns.INQUIRY_CODE, "INQ-20261202-000007")
                .containsEntry(TaskListColumns.CATEGORY_LABEL, "결제")
                .containsEntry(TaskListColumns.CUSTOMER_NAME, "한*제")
                .containsEntry(TaskListColumns.CHANNEL_LABEL, "웹")
                .containsEntry(TaskListColumns.DUE_LABEL, "12월 3일 14:30");
    }

    @Test
    void otherTasksOfAnInquiryLeadWithTheirKindSoSupervisorsTellThemApart() {
        var facts = new TaskCaption.InquiryFacts("INQ-20261202-000008", "배송이 안 와요", "이메일", "민지", "일반");

        TaskCaption caption = TaskCaption.forInquiry("불만 고객 연락", false, facts, null, SEOUL);

        assertThat(caption.name()).isEqualTo("불만 고객 연락 · INQ-20261202-000008 · 배송이 안 와요");
        assertThat(caption.description()).isEqualTo("불만 고객 연락 · 일반 · 이메일 · 고객 민*");
        assertThat(caption.columns()).doesNotContainKey(TaskListColumns.DUE_LABEL);
    }

    @Test
    void longSubjectIsShortenedToOneListRow() {
        var facts = new TaskCaption.InquiryFacts("INQ-20261202-000009",
                "지난달부터   계속 앱에서 결제 버튼을 누르면\n오류가 나고 결제가 되지 않아서 너무 불편합니다", "앱", null, "기술·오류");

        TaskCaption caption = TaskCaption.forInquiry("문의 답변", true, facts, DUE, SEOUL);

        assertThat(caption.name()).startsWith("INQ-20261202-000009 · 지난달부터 계속 앱에서 결제 버튼을").endsWith("…");
        assertThat(caption.name().length()).isLessThanOrEqualTo("INQ-20261202-000009 · ".length() + TaskCaption.SUBJECT_EXCERPT);
        assertThat(caption.columns()).containsEntry(TaskListColumns.CUSTOMER_NAME, "이름 없음");
    }

    @Test
    void namesAreMaskedToFirstAndLastLetter() {
        assertThat(TaskCaption.maskName("홍길동")).isEqualTo("홍*동");
        assertThat(TaskCaption.maskName("남궁 민수")).isEqualTo("남**수");
        assertThat(TaskCaption.maskName("Kim")).isEqualTo("K*m");
        assertThat(TaskCaption.maskName("이")).isEqualTo("이");
        assertThat(TaskCaption.maskName(" ")).isEqualTo("이름 없음");
    }

    @Test
    void taskWithoutInquiryShowsItsKindAndTopic() {
        assertThat(TaskCaption.forTopic("제품 피드백 검토", "결제 모듈 오류 (billing-retry)", null, SEOUL).name())
                .isEqualTo("제품 피드백 검토 · 결제 모듈 오류 (billing-retry)");
        assertThat(TaskCaption.forTopic("주간 VOC 검토", null, null, SEOUL).name()).isEqualTo("주간 VOC 검토");
    }
}
