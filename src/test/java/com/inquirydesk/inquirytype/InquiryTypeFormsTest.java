package com.inquirydesk.inquirytype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquirytype.InquiryTypeField.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extra fields per inquiry type, read from the Camunda Forms files in forms/. */
class InquiryTypeFormsTest {

    InquiryTypeForms forms = new InquiryTypeForms(new ObjectMapper());

    @Test
    void eachTypeHasTheFieldsOfItsFormInOrder() {
        assertThat(forms.fieldsOf(Category.BILLING)).extracting(InquiryTypeField::key)
                .containsExactly("orderNumber", "paymentMethod", "amount", "chargedTwice");
        assertThat(forms.fieldsOf(Category.BILLING)).extracting(InquiryTypeField::kind)
                .containsExactly(Kind.TEXT, Kind.CHOICE, Kind.TEXT, Kind.CHECKBOX);
        InquiryTypeField orderNumber = forms.fieldsOf(Category.BILLING).get(0);
        assertThat(orderNumber.label()).isEqualTo("주문 번호");
        assertThat(orderNumber.required()).isTrue();
        assertThat(orderNumber.pattern()).isEqualTo("\\d{8}-\\d{6}");
        assertThat(forms.fieldsOf(Category.TECHNICAL)).extracting(InquiryTypeField::key)
                .containsExactly("device", "appVersion", "reproducible");
        assertThat(forms.fieldsOf(Category.RETURN)).extracting(InquiryTypeField::key)
                .containsExactly("orderNumber", "returnReason", "alreadyShipped");
        assertThat(forms.fieldsOf(Category.GENERAL)).isEmpty();
        assertThat(forms.fieldsOf(null)).isEmpty();
    }

    @Test
    void validAnswersAreKeptWithTheLabelsTheCustomerSaw() {
        InquiryTypeForms.Checked checked = forms.check(Category.BILLING, Map.of(
                "orderNumber", " 20261201-123456 ", "paymentMethod", "easy-pay", "chargedTwice", "true"));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.answers()).containsExactly(
                new InquiryTypeForms.Answer("orderNumber", "주문 번호", "20261201-123456"),
                new InquiryTypeForms.Answer("paymentMethod", "결제 수단", "간편결제"),
                new InquiryTypeForms.Answer("chargedTwice", "같은 결제가 두 번 이상 청구되었어요", "예"));
    }

    @Test
    void eachBrokenRuleGetsItsOwnKoreanMessage() {
        InquiryTypeForms.Checked checked = forms.check(Category.BILLING, Map.of(
                "orderNumber", "12345", "paymentMethod", "bitcoin", "amount", "삼만원"));

        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).containsOnlyKeys("orderNumber", "paymentMethod", "amount");
        assertThat(checked.errors().get("orderNumber")).startsWith("주문 번호 형식이 올바르지 않습니다.").contains("20261201-123456");
        assertThat(checked.errors().get("paymentMethod")).isEqualTo("목록에 있는 항목 중에서 골라 주세요.");

        assertThat(forms.check(Category.TECHNICAL, Map.of()).errors())
                .containsExactly(Map.entry("device", "사용 기기을(를) 골라 주세요."));
        assertThat(forms.check(Category.TECHNICAL, Map.of("device", "ios", "appVersion", "5".repeat(21))).errors())
                .containsExactly(Map.entry("appVersion", "앱 버전은(는) 20자 이내로 적어 주세요."));
    }
}
