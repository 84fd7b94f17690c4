package com.inquirydesk.voc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor();

    @Test
    void everyInflectionOfRefundYieldsTheSameKeyword() {
        assertThat(extractor.keywords("환불이 안돼요")).containsExactly("환불");
        assertThat(extractor.keywords("환불은 언제 되나요?")).containsExactly("환불");
        assertThat(extractor.keywords("환불해주세요")).containsExactly("환불");
    }

    @Test
    void keepsNounsAndStemsOfVerbsAndAdjectives() {
        assertThat(extractor.keywords("배송이 너무 늦어서 짜증나요 ㅠㅠ")).containsExactly("배송", "늦", "짜증");
        assertThat(extractor.keywords("교환 신청 방법을 안내 문서에서 찾을 수가 없네요"))
                .containsExactly("교환", "신청", "방법", "안내", "문서", "찾");
        assertThat(extractor.keywords("택배가 파손된 채로 왔어요 교환해 주세요")).containsExactly("택배", "파손", "교환");
    }

    @Test
    void compoundsStayWholeSoThatUnkindIsNotReadAsKind() {
        assertThat(extractor.keywords("상담원이 불친절하고 답변이 느려요"))
                .containsExactly("상담원", "불친절", "답변", "느리");
    }

    @Test
    void dropsParticlesEndingsAdverbsAndToneLessStems() {
        assertThat(extractor.keywords("앱 로그인이 계속 안 되고 비밀번호 변경도 안 됩니다"))
                .containsExactly("앱", "로그인", "비밀", "번호", "변경");
        assertThat(extractor.keywords("정말 감사합니다! 덕분에 빨리 해결됐어요 👍")).containsExactly("감사", "덕분", "해결");
    }

    @Test
    void latinWordsAreLowerCased() {
        assertThat(extractor.keywords("iPhone 앱에서 결제가 안 돼요")).containsExactly("iphone", "앱", "결제");
    }

    @Test
    void blankTextHasNoKeywords() {
        assertThat(extractor.keywords(null)).isEmpty();
        assertThat(extractor.keywords("  ")).isEmpty();
    }

    @Test
    void topKeywordsCountEachTextOnceAndBreakTiesAlphabetically() {
        Map<String, Long> top = extractor.topKeywords(List.of(
                "환불이 안돼요. 환불 환불 환불!",
                "환불은 언제 되나요?",
                "배송이 늦어요",
                "배송 조회가 안 돼요",
                "앱 결제 오류"), 3);

        assertThat(top).containsExactly(Map.entry("배송", 2L), Map.entry("환불", 2L), Map.entry("결제", 1L));
    }
}
