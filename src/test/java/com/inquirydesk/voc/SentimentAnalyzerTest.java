package com.inquirydesk.voc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentAnalyzerTest {

    private final SentimentAnalyzer analyzer = new SentimentAnalyzer(new KeywordExtractor());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            배송이 너무 늦어서 짜증나요 ㅠㅠ              | NEGATIVE
            상담원이 불친절하고 답변이 느려요             | NEGATIVE
            환불이 안돼요                                 | NEGATIVE
            해결이 안 됐어요                              | NEGATIVE
            안 좋아요                                     | NEGATIVE
            빠르게 처리해 주셨지만 결과는 실망스러워요 ㅠㅠ | NEGATIVE
            정말 감사합니다! 덕분에 빨리 해결됐어요 👍      | POSITIVE
            친절하게 안내해 주셔서 만족해요 ^^             | POSITIVE
            주문 번호를 확인하고 싶어요                   | NEUTRAL
            처리는 빨랐는데 설명이 부족했어요             | NEUTRAL
            """)
    void readsTheToneOfACustomerComment(String comment, Sentiment expected) {
        assertThat(analyzer.analyse(comment)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ㅠㅠ     | NEGATIVE
            -_-;;    | NEGATIVE
            😡       | NEGATIVE
            ^^       | POSITIVE
            👍       | POSITIVE
            """)
    void emoticonsAloneCarryTone(String comment, Sentiment expected) {
        assertThat(analyzer.analyse(comment)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            '   '
            """)
    void noCommentIsNeutral(String comment) {
        assertThat(analyzer.analyse(comment)).isEqualTo(Sentiment.NEUTRAL);
    }
}
