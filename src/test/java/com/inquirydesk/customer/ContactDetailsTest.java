package com.inquirydesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void koreanPhoneNumbersInAnyNotationMatch() {
        assertThat(new ContactDetails(null, "010-1234-5678", null, null).phone()).isEqualTo("01012345678");
        assertThat(new ContactDetails(null, "+82 10 1234 5678", null, null).phone()).isEqualTo("01012345678");
        assertThat(new ContactDetails(null, "(010) 1234 5678", null, null).phone()).isEqualTo("01012345678");
    }

    @Test
    void emailIsCaseInsensitiveAndBlankMeansAbsent() {
        ContactDetails contact = new ContactDetails("  Hong@Example.KR ", " ", "  홍길동 ", "");
        assertThat(contact.email()).isEqualTo("hong@example.kr");
        assertThat(contact.phone()).isNull();
        assertThat(contact.name()).isEqualTo("홍길동");
        assertThat(contact.externalId()).isNull();
        assertThat(contact.isEmpty()).isFalse();
    }
}
