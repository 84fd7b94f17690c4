package com.inquirydesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategorySuggesterTest {

    private final CategorySuggester suggester = new CategorySuggester();

    @ParameterizedTest
    @CsvSource({
            "카드 결제가 두 번 됐어요, 승인 내역이 두 건입니다, BILLING",
            "환불 언제 되나요, 반품 보낸 지 일주일 됐어요, RETURN",
            "계약 해지 문의, 위약금이 얼마인가요, CONTRACT",
            "앱이 자꾸 튕겨요, 실행하면 오류 화면이 나와요, TECHNICAL",
            "로그인이 안 돼요, 비밀번호를 바꿨는데도 안 됩니다, ACCOUNT",
            "안녕하세요, 궁금한 게 있어서요, GENERAL"})
    void suggestsTheCategoryWhoseTermsDominate(String subject, String body, Category expected) {
        assertThat(suggester.suggest(subject, body)).isEqualTo(expected);
    }
}
