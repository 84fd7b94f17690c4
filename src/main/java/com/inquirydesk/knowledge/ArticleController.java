package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.system.InquiryDeskProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.List;

/** Searching and reading published help articles; the portal and the acknowledgement link here. */
@RestController
@RequestMapping("/api/v1/kb/articles")
class ArticleController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int DEFAULT_LIMIT = 10;

    private final KnowledgeSearchService search;
    private final ArticleReader reader;
    private final InquiryDeskProperties properties;

    ArticleController(KnowledgeSearchService search, ArticleReader reader, InquiryDeskProperties properties) {
        this.search = search;
        this.reader = reader;
        this.properties = properties;
    }

    record SearchResult(String q, String category, int count, List<ArticleSummary> articles) {
    }

    record Vote(Boolean helpful) {
    }

    @GetMapping
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) Category category,
                        @RequestParam(required = false) String segment, @RequestParam(required = false) ArticleType type,
                        @RequestParam(required = false) Integer limit) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("q", "검색어는 " + MAX_QUERY_LENGTH + "자 이내로 입력해 주세요.");
        }
        if (segment != null && segment.length() > 100) {
            throw new InvalidSearchException("segment", "고객 구분은 100자 이내여야 합니다.");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > KnowledgeSearchService.MAX_RESULTS) {
            throw new InvalidSearchException("limit", "1에서 " + KnowledgeSearchService.MAX_RESULTS + " 사이의 숫자여야 합니다.");
        }
        List<ArticleSummary> found = search.search(new ArticleSearch(q, category, segment, type, size)).stream()
                .map(article -> ArticleSummary.of(article, properties)).toList();
        return new SearchResult(q, category == null ? null : category.name(), found.size(), found);
    }

    @GetMapping("/{slug}")
    ArticleView read(@PathVariable String slug) {
        return ArticleView.of(reader.read(slug));
    }

    /** "Was this helpful?" from any client; the count feeds the search ranking. */
    @PostMapping("/{slug}/feedback")
    ResponseEntity<Void> vote(@PathVariable String slug, @RequestBody Vote vote) {
        if (vote == null || vote.helpful() == null) {
            throw new InvalidSearchException("helpful", "true 또는 false로 알려 주세요.");
        }
        reader.vote(slug, vote.helpful());
        return ResponseEntity.noContent().build();
    }
}
