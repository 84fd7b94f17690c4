package com.inquirydesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscomfortDetectorTest {

    private final DiscomfortDetector detector = new DiscomfortDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "배송이 너무 늦어서 짜증나요", "진짜 짜증난다", "화가 나서 글 남깁니다", "정말 화났어요", "답답해 죽겠네요",
            "답답하네요 정말", "왜 안 되는 거예요?", "왜안돼요", "왜 이렇게 안 와요", "앱이 너무 불편합니다",
            "불편해요", "최악의 서비스", "어이가 없네요", "환불 언제 돼요 ㅠㅠ", "ㅜㅜ 도와주세요", "이게 뭐죠 ㅡㅡ",
            "결제가 안돼요;;", "기다리다 지쳤어요 😡", "🤬", "실망했습니다"})
    void recognisesFrustration(String text) {
        assertThat(detector.detect(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "영수증을 다시 받고 싶어요", "배송지 변경이 가능한가요?", "감사합니다 😊", "계약 해지 절차를 알려 주세요",
            "비밀번호를 잊어버렸어요", "ㅎㅎ 빠른 답변 감사해요", "사이즈 교환 문의드립니다"})
    void leavesCalmMessagesAlone(String text) {
        assertThat(detector.detect(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void looksAtEveryTextGiven() {
        assertThat(detector.detect("주문 문의", null, "벌써 세 번째 문의예요 ㅡㅡ")).isTrue();
    }
}
