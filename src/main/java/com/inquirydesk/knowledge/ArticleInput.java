package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article as an editor typed it (JSON API or desk form), every field a string, checked in one place so the
 * API and the pages refuse the same things with the same Korean message per field.
 */
public record ArticleInput(String slug, String title, String body, String type, String category, String segment,
                           String keywords) {

    public static final int MAX_SLUG = 100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_SEGMENT = 100;
    public static final int MAX_KEYWORDS = 500;

    /** The slug's problem, or null when it may name a new article. */
    public static String slugProblem(String slug) {
        if (slug == null || slug.isBlank()) {
            return "주소(slug)를 입력해 주세요.";
        }
        String value = slug.strip();
        if (value.length() > MAX_SLUG) {
            return "주소(slug)는 " + MAX_SLUG + "자 이내로 입력해 주세요.";
        }
        if (!KnowledgeBaseService.SLUG.matcher(value).matches()) {
            return "주소(slug)는 영문 소문자, 숫자와 하이픈(-)만 쓸 수 있습니다 (예: refund-timeline).";
        }
        return null;
    }

    /** The checked content, or {@link InvalidArticleException} naming every field that is wrong. */
    ArticleContent content(boolean withSlug) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (withSlug) {
            String problem = slugProblem(slug);
            if (problem != null) {
                errors.put("slug", problem);
            }
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.put("title", "제목을 입력해 주세요.");
        } else if (cleanTitle.codePointCount(0, cleanTitle.length()) > MAX_TITLE) {
            errors.put("title", "제목은 " + MAX_TITLE + "자 이내로 입력해 주세요.");
        }
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty()) {
            errors.put("body", "본문을 입력해 주세요.");
        } else if (cleanBody.codePointCount(0, cleanBody.length()) > MAX_BODY) {
            errors.put("body", "본문은 20,000자 이내로 입력해 주세요.");
        }
        ArticleType articleType = parse(ArticleType.class, type);
        if (articleType == null) {
            errors.put("type", "유형을 골라 주세요 (" + names(ArticleType.values()) + ").");
        }
        Category articleCategory = parse(Category.class, category);
        if (articleCategory == null) {
            errors.put("category", "분류를 골라 주세요 (" + names(Category.values()) + ").");
        }
        String cleanSegment = segment == null || segment.isBlank() ? null : segment.strip();
        if (cleanSegment != null && cleanSegment.length() > MAX_SEGMENT) {
            errors.put("segment", "고객 구분은 " + MAX_SEGMENT + "자 이내로 입력해 주세요.");
        }
        String cleanKeywords = normaliseKeywords(keywords);
        if (cleanKeywords != null && cleanKeywords.length() > MAX_KEYWORDS) {
            errors.put("keywords", "검색 키워드는 쉼표로 구분해 모두 " + MAX_KEYWORDS + "자 이내로 입력해 주세요.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return new ArticleContent(cleanTitle, cleanBody, articleType, articleCategory, cleanSegment, cleanKeywords);
    }

    /**
     * A publish time: an ISO instant or offset time ({@code 2026-12-24T09:00:00+09:00}), or a local time
     * ({@code 2026-12-24T09:00}, as a date-time field sends it) in the service's zone. Blank means now.
     */
    public static Instant publishAt(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new InvalidArticleException(Map.of("publishAt",
                        "게시 시각은 2026-12-24T09:00 같은 형식으로 입력해 주세요."));
            }
        }
    }

    /** Comma-separated words, each once, in the editor's order; null when there are none. */
    static String normaliseKeywords(String keywords) {
        if (keywords == null) {
            return null;
        }
        Set<String> words = Arrays.stream(keywords.split("[,，、]")).map(String::strip).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return words.isEmpty() ? null : String.join(",", words);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
