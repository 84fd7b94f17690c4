package com.inquirydesk.answering;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.knowledge.InvalidSearchException;
import com.inquirydesk.system.InquiryDeskProperties;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /desk/manual?q=&category=}: the internal manual, searchable in Korean, for agents and those who keep it. */
@Controller
class ManualPageController {

    static final int QUERY_LIMIT = 200;
    static final int RESULTS = 50;

    private final AnswerManual manual;
    private final InquiryDeskProperties properties;

    ManualPageController(AnswerManual manual, InquiryDeskProperties properties) {
        this.manual = manual;
        this.properties = properties;
    }

    @GetMapping("/desk/manual")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String category, Model model) {
        if (q != null && q.length() > QUERY_LIMIT) {
            throw new InvalidSearchException("q", "검색어는 %d자까지 입력할 수 있습니다.".formatted(QUERY_LIMIT));
        }
        Category chosen = category(category);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("category", chosen == null ? "" : chosen.name());
        model.addAttribute("categories", Category.values());
        model.addAttribute("entries", manual.search(q, chosen, RESULTS));
        model.addAttribute("zone", properties.zone());
        return "desk/manual";
    }

    private static Category category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidSearchException("category",
                        "분류는 GENERAL, BILLING, RETURN, CONTRACT, TECHNICAL, ACCOUNT, OTHER 중 하나여야 합니다."));
    }
}
