package com.inquirydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class KoreanTextAnalysisTest {

    private static final KoreanTextAnalysis analysis = new KoreanTextAnalysis();

    /**
     * The shared corpus (text/corpus.tsv): every sentence is read by every detector, so a lexicon change that
     * helps one detector and breaks another shows here. "-" in the category column means no suggestion.
     */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvFileSource(resources = "/text/corpus.tsv", delimiterString = "\t")
    void everyDetectorReadsTheCorpusAsExpected(String group, String text, String discomfort, String complaint,
                                                Tone sentiment, String category) {
        assertSoftly(soft -> {
            soft.assertThat(analysis.discomfort(text)).as("discomfort").isEqualTo(discomfort.equals("yes"));
            soft.assertThat(analysis.complaint(text)).as("complaint").isEqualTo(complaint.equals("yes"));
            soft.assertThat(analysis.sentiment(text)).as("sentiment").isEqualTo(sentiment);
            soft.assertThat(analysis.suggestCategory(text, null).orElse("-")).as("category").isEqualTo(category);
        });
    }

    @Test
    void discomfortLooksAtEveryTextGiven() {
        assertThat(analysis.discomfort("주문 문의", null, "벌써 세 번째 문의예요 ㅡㅡ")).isTrue();
        assertThat(analysis.discomfort("주문 문의", null, "확인 부탁드립니다")).isFalse();
    }

    @Test
    void theSubjectWeighsDoubleWhenSuggestingACategory() {
        assertThat(analysis.suggestCategory("환불 문의", "결제 취소하고 싶어요")).contains("RETURN");
        assertThat(analysis.suggestCategory("결제 문의", "환불 받고 싶어요")).contains("BILLING");
        assertThat(analysis.suggestCategory("안녕하세요", "궁금한 게 있어서요")).isEmpty();
        assertThat(analysis.suggestCategory(null, "결제 비밀번호")).as("a tie goes to the category the lexicon names first")
                .contains("BILLING");
    }

    @Test
    void blankTextIsCalmNeutralAndWithoutKeywords() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(analysis.discomfort(blank)).isFalse();
            assertThat(analysis.complaint(blank)).isFalse();
            assertThat(analysis.sentiment(blank)).isEqualTo(Tone.NEUTRAL);
            assertThat(analysis.keywords(blank)).isEmpty();
            assertThat(analysis.suggestCategory(blank, blank)).isEmpty();
        }
    }

    @Test
    void everyInflectionOfRefundYieldsTheSameKeyword() {
        assertThat(analysis.keywords("환불이 안돼요")).containsExactly("환불");
        assertThat(analysis.keywords("환불은 언제 되나요?")).containsExactly("환불");
        assertThat(analysis.keywords("환불해주세요")).containsExactly("환불");
    }

    @Test
    void keywordsAreNounsAndStemsOfVerbsAndAdjectives() {
        assertThat(analysis.keywords("배송이 너무 늦어서 짜증나요 ㅠㅠ")).containsExactly("배송", "늦", "짜증");
        assertThat(analysis.keywords("교환 신청 방법을 안내 문서에서 찾을 수가 없네요"))
                .containsExactly("교환", "신청", "방법", "안내", "문서", "찾");
        assertThat(analysis.keywords("택배가 파손된 채로 왔어요 교환해 주세요")).containsExactly("택배", "파손", "교환");
    }

    @Test
    void compoundsStayWholeSoThatUnkindIsNotReadAsKind() {
        assertThat(analysis.keywords("상담원이 불친절하고 답변이 느려요")).containsExactly("상담원", "불친절", "답변", "느리");
    }

    @Test
    void keywordsLeaveOutParticlesEndingsAdverbsAndToneLessStems() {
        assertThat(analysis.keywords("앱 로그인이 계속 안 되고 비밀번호 변경도 안 됩니다"))
                .containsExactly("앱", "로그인", "비밀", "번호", "변경");
        assertThat(analysis.keywords("정말 감사합니다! 덕분에 빨리 해결됐어요 👍")).containsExactly("감사", "덕분", "해결");
        assertThat(analysis.keywords("iPhone 앱에서 결제가 안 돼요")).containsExactly("iphone", "앱", "결제");
    }

    @Test
    void topKeywordsCountEachTextOnceAndBreakTiesAlphabetically() {
        Map<String, Long> top = analysis.topKeywords(List.of(
                "환불이 안돼요. 환불 환불 환불!",
                "환불은 언제 되나요?",
                "배송이 늦어요",
                "배송 조회가 안 돼요",
                "앱 결제 오류"), 3);

        assertThat(top).containsExactly(Map.entry("배송", 2L), Map.entry("환불", 2L), Map.entry("결제", 1L));
    }

    @Test
    void aBrokenLexiconLineNamesItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.parse(List.of("# comment", "upset\t짜증\tmany")))
                .hasMessageContaining("line 2");
    }
}
