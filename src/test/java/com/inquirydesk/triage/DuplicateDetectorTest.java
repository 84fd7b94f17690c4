package com.inquirydesk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    @Test
    void sameQuestionWithOtherSpacingIsSimilar() {
        assertThat(DuplicateDetector.similarity("계약 해지 문의", "계약해지 문의드립니다")).isGreaterThan(0.5);
        assertThat(DuplicateDetector.similarity("환불 언제 되나요?", "환불 언제 되나요")).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void differentQuestionsAreNot() {
        assertThat(DuplicateDetector.similarity("계약 해지 문의", "영수증 재발급 요청")).isLessThan(0.2);
        assertThat(DuplicateDetector.similarity("", "영수증")).isZero();
    }
}
