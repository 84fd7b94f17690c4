package com.inquirydesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.Category;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Korean search over the seeded help articles, with the exact hits and their order. */
class KnowledgeSearchIndexTest {

    static final Instant SEEDED = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");

    /** The articles of V2 and V60, as the table holds them after migration. */
    static final List<SearchableArticle> SEEDED_ARTICLES = List.of(
            article("refund-timeline", "환불은 언제 입금되나요?",
                    "반품이 접수되어 상품 확인이 끝나면 환불이 진행됩니다. 신용카드 결제는 카드사 사정에 따라 취소 후 3~5영업일, 계좌이체와 가상계좌는 환불 계좌로 1~2영업일 안에 입금됩니다. 환불 진행 상황은 [마이페이지 > 주문 내역]에서 확인하실 수 있습니다.",
                    "환불,입금,취소,반품,카드", Category.RETURN, null, ArticleType.FAQ, 0),
            article("return-request", "반품과 교환은 어떻게 신청하나요?",
                    "상품을 받으신 날부터 7일 안에 [마이페이지 > 주문 내역 > 반품·교환 신청]에서 신청하실 수 있습니다. 단순 변심에 의한 반품은 왕복 배송비가 부과되며, 상품 불량이나 오배송은 배송비를 부담하지 않으셔도 됩니다. 포장을 뜯었더라도 사용하지 않은 상품은 반품할 수 있습니다.",
                    "반품,교환,신청,배송비,불량", Category.RETURN, null, ArticleType.GUIDE, 0),
            article("payment-failed", "결제가 실패했다고 나와요",
                    "카드 한도 초과, 해외 결제 차단, 간편결제 인증 시간 초과가 가장 흔한 원인입니다. 카드사 앱에서 승인 내역을 먼저 확인해 주세요. 승인 내역이 있는데 주문이 보이지 않으면 자동으로 취소되며, 승인 취소는 카드사에 따라 최대 3영업일이 걸립니다.",
                    "결제,실패,카드,승인,취소,오류", Category.BILLING, null, ArticleType.FAQ, 0),
            article("receipt-and-tax-invoice", "영수증과 세금계산서 발급",
                    "현금영수증과 카드 영수증은 [마이페이지 > 결제 내역]에서 바로 출력할 수 있습니다. 사업자 고객은 주문 후 다음 달 10일까지 세금계산서 발급을 요청해 주세요. 사업자등록증 사본이 필요합니다.",
                    "영수증,세금계산서,현금영수증,사업자,결제", Category.BILLING, null, ArticleType.GUIDE, 0),
            article("contract-cancellation", "정기 이용 계약 해지와 위약금",
                    "정기 이용 계약은 다음 결제일 하루 전까지 [마이페이지 > 계약 관리]에서 해지할 수 있습니다. 약정 기간 중 해지하면 남은 기간 할인액의 일부가 위약금으로 청구될 수 있으며, 해지 전 화면에서 예상 금액을 미리 보여 드립니다.",
                    "계약,해지,위약금,약정,갱신", Category.CONTRACT, null, ArticleType.GUIDE, 0),
            article("login-trouble", "로그인이 안 될 때",
                    "비밀번호를 5회 잘못 입력하면 계정이 30분 동안 잠깁니다. [비밀번호 찾기]로 새 비밀번호를 설정하거나 30분 뒤 다시 시도해 주세요. 소셜 로그인으로 가입하셨다면 가입한 서비스의 버튼으로 로그인해야 합니다.",
                    "로그인,비밀번호,계정,잠김,인증", Category.ACCOUNT, null, ArticleType.FAQ, 0),
            article("app-error-report", "앱 오류가 계속될 때 확인할 것",
                    "앱을 최신 버전으로 업데이트한 뒤 다시 실행해 주세요. 그래도 오류가 반복되면 [설정 > 앱 정보]의 버전과 오류 화면 캡처를 문의에 첨부해 주시면 원인을 더 빨리 찾을 수 있습니다.",
                    "오류,앱,에러,업데이트,버그,접속", Category.TECHNICAL, null, ArticleType.GUIDE, 0),
            article("delivery-status", "배송 조회와 배송 지연",
                    "출고된 상품은 [마이페이지 > 주문 내역]의 배송 조회에서 택배사 위치를 확인할 수 있습니다. 명절과 연말에는 택배 물량이 늘어 1~2일 늦어질 수 있습니다.",
                    "배송,조회,지연,택배,출고", Category.GENERAL, null, ArticleType.FAQ, 0),
            article("year-end-delivery-notice", "연말 배송 및 고객센터 운영 안내",
                    "12월 24일부터 1월 2일까지는 택배 물량이 늘어 배송이 1~3일 늦어질 수 있습니다. 고객센터 전화 상담은 12월 31일과 1월 1일에 쉬며, 온라인 문의는 평소처럼 받습니다.",
                    "배송,연말,운영,휴무", Category.GENERAL, null, ArticleType.NOTICE, 0),
            article("clinic-booking-refund", "병원 예약 취소 시 예약금 환불",
                    "병원 회원사의 첫 진료 예약을 취소하면 예약금은 취소 시점에 따라 환불됩니다. 진료 하루 전까지 취소하면 전액, 당일 취소는 절반이 환불됩니다.",
                    "예약,예약금,취소,환불,병원", Category.RETURN, "clinic", ArticleType.GUIDE, 0));

    KnowledgeSearchIndex index = new KnowledgeSearchIndex();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aNounFindsTheArticleWhateverParticleFollowsIt() {
        index.replaceAll(SEEDED_ARTICLES);

        assertThat(search("환불")).containsExactly("refund-timeline");
        assertThat(search("환불은 언제 입금되나요?")).containsExactly("refund-timeline");
        assertThat(search("환불이 안 돼요")).containsExactly("refund-timeline");
        assertThat(search("비밀번호")).containsExactly("login-trouble");
        assertThat(search("세금계산서")).containsExactly("receipt-and-tax-invoice");
        assertThat(search("영수증 발급")).containsExactly("receipt-and-tax-invoice");
    }

    @Test
    void aOneSyllableTypoStillFindsTheArticle() {
        index.replaceAll(SEEDED_ARTICLES);

        assertThat(search("환블")).containsExactly("refund-timeline");
        assertThat(search("로그잉이 안돼요")).containsExactly("login-trouble");
    }

    @Test
    void titleAndKeywordMatchesRankAboveBodyMatches() {
        index.replaceAll(SEEDED_ARTICLES);

        assertThat(search("결제 취소")).containsExactly(
                "payment-failed", "refund-timeline", "receipt-and-tax-invoice", "contract-cancellation");
        assertThat(search("배송")).containsExactly("delivery-status", "year-end-delivery-notice", "return-request");
    }

    @Test
    void helpfulVotesLiftAnArticleAmongSimilarMatches() {
        index.replaceAll(SEEDED_ARTICLES.stream()
                .map(a -> a.slug().equals("year-end-delivery-notice") ? withHelpful(a, 30) : a).toList());

        assertThat(search("배송")).containsExactly("year-end-delivery-notice", "delivery-status", "return-request");
    }

    @Test
    void categoryTypeAndSegmentNarrowTheHits() {
        index.replaceAll(SEEDED_ARTICLES);

        assertThat(index.search(new ArticleSearch("결제 취소", Category.BILLING, null, null, 10), NOW))
                .containsExactly("payment-failed", "receipt-and-tax-invoice");
        assertThat(index.search(new ArticleSearch("배송", null, null, ArticleType.NOTICE, 10), NOW))
                .containsExactly("year-end-delivery-notice");
        // The clinic article is only for clinic customers; articles without a segment are for everyone.
        assertThat(index.search(new ArticleSearch("환불", null, "clinic", null, 10), NOW))
                .containsExactly("refund-timeline", "clinic-booking-refund");
        assertThat(index.search(new ArticleSearch("예약금", null, "grooming", null, 10), NOW)).isEmpty();
        assertThat(index.search(new ArticleSearch("예약금", null, "clinic", null, 10), NOW))
                .containsExactly("clinic-booking-refund");
    }

    @Test
    void anArticleScheduledForLaterIsFoundOnlyOnceItsTimeHasCome() {
        SearchableArticle scheduled = new SearchableArticle("refund-holiday", "연휴 기간 환불 안내", "연휴에는 환불 입금이 하루 늦어집니다.",
                "환불,연휴", Category.RETURN, null, ArticleType.NOTICE, NOW.plusSeconds(3600), 0);
        index.replaceAll(List.of(SEEDED_ARTICLES.get(0), scheduled));

        assertThat(index.search(ArticleSearch.forText("연휴 환불", 10), NOW)).containsExactly("refund-timeline");
        assertThat(index.search(ArticleSearch.forText("연휴 환불", 10), NOW.plusSeconds(3600)))
                .containsExactly("refund-holiday", "refund-timeline");
    }

    @Test
    void withoutWordsTheFilteredArticlesComeMostHelpfulFirst() {
        index.replaceAll(SEEDED_ARTICLES.stream()
                .map(a -> a.slug().equals("return-request") ? withHelpful(a, 3) : a).toList());

        assertThat(index.search(new ArticleSearch("", Category.RETURN, null, null, 10), NOW))
                .containsExactly("return-request", "refund-timeline");
        assertThat(index.search(new ArticleSearch(" ", Category.RETURN, "clinic", null, 10), NOW))
                .containsExactly("return-request", "clinic-booking-refund", "refund-timeline");
    }

    @Test
    void anUpdatedOrRemovedArticleIsSearchedAsItIsNow() {
        index.replaceAll(SEEDED_ARTICLES);

        index.put("delivery-status", null);
        assertThat(search("배송 조회")).containsExactly("year-end-delivery-notice", "return-request");

        index.put("login-trouble", new SearchableArticle("login-trouble", "로그인과 환불 계좌", "본문", "로그인",
                Category.ACCOUNT, null, ArticleType.FAQ, SEEDED, 0));
        assertThat(search("비밀번호")).isEmpty();
    }

    @Test
    void aRepeatedSearchIsAnsweredAsTheIndexAndTheClockAreNow() {
        SearchableArticle scheduled = new SearchableArticle("refund-holiday", "연휴 기간 환불 안내", "연휴에는 환불 입금이 하루 늦어집니다.",
                "환불,연휴", Category.RETURN, null, ArticleType.NOTICE, NOW.plusSeconds(3600), 0);
        index.replaceAll(List.of(SEEDED_ARTICLES.get(0), scheduled));
        ArticleSearch refund = ArticleSearch.forText("연휴 환불", 10);

        assertThat(index.search(refund, NOW)).containsExactly("refund-timeline");
        assertThat(index.search(refund, NOW.plusSeconds(60))).containsExactly("refund-timeline");
        assertThat(index.search(refund, NOW.plusSeconds(3600))).containsExactly("refund-holiday", "refund-timeline");
        // A clock set back (as tests do) hides the scheduled article again.
        assertThat(index.search(refund, NOW)).containsExactly("refund-timeline");

        index.put("refund-timeline", null);
        assertThat(index.search(refund, NOW)).isEmpty();
        assertThat(index.search(refund, NOW.plusSeconds(3600))).containsExactly("refund-holiday");
    }

    @Test
    void wordsNoArticleUsesFindNothing() {
        index.replaceAll(SEEDED_ARTICLES);

        assertThat(search("주차장")).isEmpty();
        assertThat(search("?!")).isEmpty();
    }

    private List<String> search(String text) {
        return index.search(ArticleSearch.forText(text, 10), NOW);
    }

    private static SearchableArticle withHelpful(SearchableArticle a, int helpful) {
        return new SearchableArticle(a.slug(), a.title(), a.body(), a.keywords(), a.category(), a.segment(), a.type(),
                a.publishAt(), helpful);
    }

    static SearchableArticle article(String slug, String title, String body, String keywords, Category category,
                                     String segment, ArticleType type, int helpful) {
        return new SearchableArticle(slug, title, body, keywords, category, segment, type, SEEDED, helpful);
    }
}
