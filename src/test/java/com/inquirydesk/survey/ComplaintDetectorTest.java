package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "상담은 빨랐는데 결과가 불만입니다",
            "불만족스러워요",
            "이런 서비스는 처음이에요. 최악",
            "정말 실망했습니다",
            "너무 화나요",
            "화가 나서 글 남깁니다",
            "몇 번을 말해도 그대로라 짜증나요",
            "상담원이 불친절했어요",
            "환불 안 해주시면 신고할게요",
            "환불이 안 된다니 말이 되나요",
            "다시는 이용 안 합니다",
            "처리가 엉망이네요",
            "어이없네요 진짜",
            "답답해서 전화했어요"})
    void complaintsAreRecognised(String comment) {
        assertThat(ComplaintDetector.isComplaint(comment)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "친절하게 안내해 주셔서 감사합니다 😊",
            "불만 없어요. 빠르게 해결됐습니다",
            "불만은 없습니다",
            "환불 안내를 잘 받았어요",
            "전화나 메일 모두 빨랐어요",
            "영화나 보면서 기다렸는데 금방 해결됐어요",
            "기대 이상이었어요!"})
    void ordinaryOrPositiveCommentsAreNotComplaints(String comment) {
        assertThat(ComplaintDetector.isComplaint(comment)).isFalse();
    }

    @Test
    void noCommentIsNoComplaint() {
        assertThat(ComplaintDetector.isComplaint(null)).isFalse();
        assertThat(ComplaintDetector.isComplaint("   ")).isFalse();
    }
}
