package com.inquirydesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalAnswers.returnsFirstArg;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.system.TimeSource;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class KnowledgeBaseServiceTest {

    static final Instant SEEDED = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    KbArticleRepository articles = mock(KbArticleRepository.class);
    KbArticleVersionRepository versions = mock(KbArticleVersionRepository.class);
    TimeSource time = mock(TimeSource.class);
    KnowledgeBaseService service = new KnowledgeBaseService(articles, versions, new KoreanTextAnalysis(), time,
            mock(org.springframework.context.ApplicationEventPublisher.class));

    @BeforeEach
    void stubs() {
        when(time.now()).thenReturn(NOW);
        when(articles.save(any())).thenAnswer(returnsFirstArg());
        when(versions.save(any())).thenAnswer(returnsFirstArg());
    }

    @Test
    void existingSlugGetsTheNextVersionAndAHistoryRow() {
        KbArticle existing = new KbArticle("refund-timeline", "환불은 언제 입금되나요?", "예전 본문", Category.RETURN,
                "환불,입금,취소", SEEDED);
        when(articles.findBySlug("refund-timeline")).thenReturn(Optional.of(existing));

        KbArticle published = service.publishVersion(" refund-timeline ", "환불 입금 시기",
                "카드 환불은 취소 후 3~5영업일이 걸립니다.", Category.BILLING, "park");

        assertThat(published).isSameAs(existing);
        assertThat(published.getVersion()).isEqualTo(2);
        assertThat(published.getTitle()).isEqualTo("환불 입금 시기");
        assertThat(published.getBody()).isEqualTo("카드 환불은 취소 후 3~5영업일이 걸립니다.");
        assertThat(published.getCategory()).isEqualTo(Category.BILLING);
        assertThat(published.getKeywords()).isEqualTo("환불,입금,취소");
        assertThat(published.getUpdatedAt()).isEqualTo(NOW);
        verify(articles, never()).save(any());

        KbArticleVersion history = savedVersion();
        assertThat(history.getVersion()).isEqualTo(2);
        assertThat(history.getTitle()).isEqualTo("환불 입금 시기");
        assertThat(history.getCategory()).isEqualTo(Category.BILLING);
        assertThat(history.getEditor()).isEqualTo("park");
        assertThat(history.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void newSlugBecomesAPublishedArticleAtVersionOneWithKeywordsFromItsText() {
        when(articles.findBySlug("exchange-size")).thenReturn(Optional.empty());

        KbArticle published = service.publishVersion("exchange-size", "사이즈 교환 신청",
                "사이즈 교환은 상품을 받은 날부터 7일 안에 신청하세요. 교환할 때 배송비를 내지 않으셔도 됩니다.", Category.RETURN, "park");

        assertThat(published.getSlug()).isEqualTo("exchange-size");
        assertThat(published.getVersion()).isEqualTo(1);
        assertThat(published.getStatus()).isEqualTo("PUBLISHED");
        assertThat(published.getPublishAt()).isEqualTo(NOW);
        assertThat(published.getKeywords()).isEqualTo("교환,사이즈,신청,배송,비,상품");
        assertThat(savedVersion().getVersion()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Refund Timeline", "환불-안내", "refund--timeline", "-refund"})
    void slugMustBeLowerCaseWordsJoinedByHyphens(String slug) {
        assertThatThrownBy(() -> service.publishVersion(slug, "제목", "본문", Category.RETURN, "park"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug");
        verify(versions, never()).save(any());
    }

    @Test
    void titleBodyAndCategoryAreRequired() {
        assertThatThrownBy(() -> service.publishVersion("refund-timeline", " ", "본문", Category.RETURN, "park"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.publishVersion("refund-timeline", "제목", "본문", null, "park"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private KbArticleVersion savedVersion() {
        ArgumentCaptor<KbArticleVersion> captor = ArgumentCaptor.forClass(KbArticleVersion.class);
        verify(versions).save(captor.capture());
        return captor.getValue();
    }
}
