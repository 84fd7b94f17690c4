package com.inquirydesk.portal;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.knowledge.ArticleNotFoundException;
import com.inquirydesk.knowledge.ArticleReader;
import com.inquirydesk.knowledge.ArticleSearch;
import com.inquirydesk.knowledge.ArticleType;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KnowledgeSearchService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer center's reading side: front page, search and articles. */
@Controller
@RequestMapping("/portal")
class PortalController {

    static final int FRONT_PAGE_LIST = 5;
    static final int SEARCH_RESULTS = 20;
    static final int MAX_QUERY_LENGTH = 200;

    private final KnowledgeSearchService search;
    private final ArticleReader reader;

    PortalController(KnowledgeSearchService search, ArticleReader reader) {
        this.search = search;
        this.reader = reader;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("categories", categories());
        model.addAttribute("notices", search.search(new ArticleSearch(null, null, null, ArticleType.NOTICE, FRONT_PAGE_LIST)));
        model.addAttribute("faqs", search.search(new ArticleSearch(null, null, null, ArticleType.FAQ, FRONT_PAGE_LIST)));
        model.addAttribute("mostRead", search.mostRead(FRONT_PAGE_LIST));
        return "portal/home";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  Model model, HttpServletResponse response) {
        Category chosen = categoryOrNull(category);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("category", chosen);
        model.addAttribute("categories", categories());
        if (text.length() > MAX_QUERY_LENGTH) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("queryError", "검색어는 " + MAX_QUERY_LENGTH + "자 이내로 입력해 주세요.");
            model.addAttribute("results", List.of());
            return "portal/search";
        }
        model.addAttribute("results", text.isEmpty() && chosen == null ? List.<KbArticle>of()
                : search.search(new ArticleSearch(text, chosen, null, null, SEARCH_RESULTS)));
        return "portal/search";
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam(required = false) String voted, Model model,
                   HttpServletResponse response) {
        try {
            KbArticle article = reader.open(slug);
            model.addAttribute("article", article);
            model.addAttribute("paragraphs", Arrays.stream(article.getBody().split("\\R+")).filter(p -> !p.isBlank()).toList());
            model.addAttribute("related", reader.related(article));
            model.addAttribute("voted", voted != null);
            return "portal/article";
        } catch (ArticleNotFoundException notFound) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("title", "도움말을 찾을 수 없습니다");
            model.addAttribute("message", "주소가 바뀌었거나 더 이상 게시되지 않는 도움말입니다. 검색으로 찾아보시거나 문의를 남겨 주세요.");
            return "portal/not-found";
        }
    }

    @PostMapping("/articles/{slug}/feedback")
    String vote(@PathVariable String slug, @RequestParam(required = false) String helpful, Model model,
                HttpServletResponse response) {
        try {
            reader.vote(slug, "yes".equals(helpful));
        } catch (ArticleNotFoundException notFound) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("title", "도움말을 찾을 수 없습니다");
            model.addAttribute("message", "더 이상 게시되지 않는 도움말입니다.");
            return "portal/not-found";
        }
        return "redirect:/portal/articles/" + slug + "?voted=" + ("yes".equals(helpful) ? "yes" : "no") + "#feedback";
    }

    static List<Category> categories() {
        return List.of(Category.values());
    }

    /** An unknown category in a link is ignored rather than refused: the customer still gets results. */
    static Category categoryOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
