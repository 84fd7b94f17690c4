package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void newlinesAndTabsStayEveryOtherControlCharacterGoes() {
        assertThat(ControlCharacters.strip("환불\t문의\n둘째 줄")).isEqualTo("환불\t문의\n둘째 줄");
        assertThat(ControlCharacters.strip("a\u0000b\u0007c\u001b[31md\u007fe\u0085f\u009bg")).isEqualTo("abc[31mdefg");
    }

    @Test
    void carriageReturnsOfFormTextBecomePlainNewlines() {
        assertThat(ControlCharacters.strip("첫 줄\r\n둘째 줄\r")).isEqualTo("첫 줄\n둘째 줄");
    }

    @Test
    void bidirectionalOverridesThatDisguiseLinksAreRemoved() {
        assertThat(ControlCharacters.strip("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(ControlCharacters.strip("\u2066숨김\u2069")).isEqualTo("숨김");
    }

    @Test
    void emojiWithJoinersAndKoreanAreUntouched() {
        String text = "감사합니다 👨‍👩‍👧 😡 ❤️ ㅠㅠ";
        assertThat(ControlCharacters.strip(text)).isSameAs(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(ControlCharacters.strip(null)).isNull();
    }
}
