package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void residentRegistrationNumbersKeepOnlyBirthDateAndGenderDigit() {
        assertThat(PersonalDataMasker.maskIdentifiers("주민번호 900101-1234567 입니다"))
                .isEqualTo("주민번호 900101-1****** 입니다");
        assertThat(PersonalDataMasker.maskIdentifiers("9001012234567")).isEqualTo("900101-2******");
    }

    @Test
    void cardNumbersKeepFirstAndLastFourDigits() {
        assertThat(PersonalDataMasker.maskIdentifiers("카드 1234-5678-9012-3456로 결제"))
                .isEqualTo("카드 1234-****-****-3456로 결제");
        assertThat(PersonalDataMasker.maskIdentifiers("1234 5678 9012 3456")).isEqualTo("1234-****-****-3456");
        assertThat(PersonalDataMasker.maskIdentifiers("아멕스 3782-822463-10005")).isEqualTo("아멕스 3782-******-*****");
    }

    @Test
    void freeTextKeepsPhoneAndEmailButLogsAndExportsMaskThem() {
        String text = "연락처 010-1234-5678, 02-345-6789, hong@example.kr";
        assertThat(PersonalDataMasker.maskIdentifiers(text)).isEqualTo(text);
        assertThat(PersonalDataMasker.maskAll(text)).isEqualTo("연락처 010-****-5678, 02-****-6789, h***@example.kr");
        assertThat(PersonalDataMasker.maskAll("01012345678")).isEqualTo("010-****-5678");
    }

    @Test
    void ordinaryNumbersAndCodesAreLeftAlone() {
        String text = "문의 INQ-20261202-000123, 주문번호 20261202, 금액 12,000원, 2026-12-02";
        assertThat(PersonalDataMasker.maskAll(text)).isEqualTo(text);
        assertThat(PersonalDataMasker.maskAll(null)).isNull();
    }
}
