package com.inquirydesk.kbadmin;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.knowledge.ArticleStatus;
import com.inquirydesk.knowledge.ArticleType;
import com.inquirydesk.knowledge.InvalidArticleException;
import com.inquirydesk.knowledge.KbArticle;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The editors' list filters (status, type, category, words of the title or slug), all optional. */
record ArticleFilter(ArticleStatus status, ArticleType type, Category category, String q) {

    static final int MAX_QUERY = 100;

    /** From request parameters; an unknown value is refused naming the parameter, never silently ignored. */
    static ArticleFilter parse(String status, String type, String category, String q) {
        Map<String, String> errors = new LinkedHashMap<>();
        ArticleStatus parsedStatus = parse(ArticleStatus.class, status, "status", errors);
        ArticleType parsedType = parse(ArticleType.class, type, "type", errors);
        Category parsedCategory = parse(Category.class, category, "category", errors);
        String words = q == null || q.isBlank() ? null : q.strip();
        if (words != null && words.length() > MAX_QUERY) {
            errors.put("q", "검색어는 " + MAX_QUERY + "자 이내로 입력해 주세요.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        return new ArticleFilter(parsedStatus, parsedType, parsedCategory, words);
    }

    List<KbArticle> apply(List<KbArticle> articles, Instant now) {
        String words = q == null ? null : q.toLowerCase(Locale.ROOT);
        return articles.stream()
                .filter(a -> status == null || a.statusAt(now) == status)
                .filter(a -> type == null || a.getArticleType() == type)
                .filter(a -> category == null || a.getCategory() == category)
                .filter(a -> words == null || a.getSlug().contains(words) || a.getTitle().toLowerCase(Locale.ROOT).contains(words))
                .toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "가능한 값: " + Arrays.stream(kind.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }
}
