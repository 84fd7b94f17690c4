package com.inquirydesk.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reading one published help article, as linked from acknowledgements. */
@RestController
@RequestMapping("/api/v1/kb/articles")
class ArticleController {

    private final KbArticleRepository articles;

    ArticleController(KbArticleRepository articles) {
        this.articles = articles;
    }

    @GetMapping("/{slug}")
    ArticleView read(@PathVariable String slug) {
        return articles.findBySlugAndStatus(slug, "PUBLISHED").map(ArticleView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "도움말 " + slug + "을(를) 찾을 수 없습니다."));
    }
}
