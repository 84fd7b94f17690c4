package com.inquirydesk.kbadmin;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.knowledge.ArticleInput;
import com.inquirydesk.knowledge.ArticleNotFoundException;
import com.inquirydesk.knowledge.ArticleStatus;
import com.inquirydesk.knowledge.ArticleType;
import com.inquirydesk.knowledge.InvalidArticleException;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KnowledgeBaseService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Knowledge managers' pages: the list with filters, writing a new article, editing one (publish now, schedule,
 * unpublish) and its version history. Plain forms with the CSRF token, no script; each field's problem is
 * shown next to it in Korean and what was typed is kept.
 */
@Controller
@RequestMapping("/desk/kb")
class KnowledgeBaseDeskController {

    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final Map<String, String> DONE = Map.of(
            "created", "도움말을 저장했습니다.",
            "saved", "고친 내용을 새 버전으로 저장했습니다.",
            "published", "게시했습니다. 고객센터 검색에 바로 나타납니다.",
            "scheduled", "게시를 예약했습니다. 예약한 시각부터 고객센터에 나타납니다.",
            "unpublished", "게시를 중단했습니다. 고객센터와 검색에서 더 이상 보이지 않습니다.");

    private final KnowledgeBaseService knowledgeBase;
    private final KnowledgeBaseEditing editing;
    private final TimeSource time;
    private final InquiryDeskProperties properties;

    KnowledgeBaseDeskController(KnowledgeBaseService knowledgeBase, KnowledgeBaseEditing editing, TimeSource time,
                                InquiryDeskProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.editing = editing;
        this.time = time;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                @RequestParam(required = false) String category, @RequestParam(required = false) String q,
                @RequestParam(required = false) String done, Model model, HttpServletResponse response) {
        Instant now = time.now();
        model.addAttribute("filter", Map.of("status", value(status), "type", value(type), "category", value(category),
                "q", value(q)));
        choices(model);
        try {
            List<ManagedArticle> found = ArticleFilter.parse(status, type, category, q).apply(knowledgeBase.all(), now)
                    .stream().map(article -> ManagedArticle.of(article, now, properties, false)).toList();
            model.addAttribute("articles", found);
            model.addAttribute("fieldErrors", Map.of());
        } catch (InvalidArticleException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("articles", List.of());
            model.addAttribute("fieldErrors", invalid.fieldErrors());
        }
        model.addAttribute("notice", done == null ? null : DONE.get(done));
        model.addAttribute("zone", properties.zone());
        return "desk/kb-list";
    }

    @GetMapping("/new")
    String newArticle(Model model) {
        ArticleForm form = new ArticleForm();
        form.setType(ArticleType.FAQ.name());
        return editPage(model, form, null, Map.of(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ArticleForm form, Model model, Principal staff, HttpServletRequest request,
                  HttpServletResponse response) {
        try {
            Instant publishAt = form.publishRequested() ? ArticleInput.publishAt(form.getPublishAt(), properties.zone()) : null;
            KbArticle article = editing.create(form.input(null), form.publishRequested(), publishAt, staff.getName(),
                    request.getRemoteAddr());
            return "redirect:/desk/kb/" + article.getSlug() + "/edit?done=" + doneOf(article, form.publishRequested() ? null : "created");
        } catch (InvalidArticleException invalid) {
            response.setStatus(invalid.getStatusCode().value());
            return editPage(model, form, null, invalid.fieldErrors(), null);
        }
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable String slug, @RequestParam(required = false) String done, Model model,
                HttpServletResponse response) {
        try {
            KbArticle article = knowledgeBase.editable(slug);
            return editPage(model, ArticleForm.of(article), article, Map.of(), done == null ? null : DONE.get(done));
        } catch (ArticleNotFoundException missing) {
            return missing(model, response);
        }
    }

    @PostMapping("/{slug}/edit")
    String save(@PathVariable String slug, @ModelAttribute("form") ArticleForm form, Model model, Principal staff,
                HttpServletRequest request, HttpServletResponse response) {
        return change(slug, form, model, response, () -> {
            editing.edit(slug, form.input(slug), form.getVersion(), staff.getName(), request.getRemoteAddr());
            return "saved";
        });
    }

    @PostMapping("/{slug}/publish")
    String publish(@PathVariable String slug, @RequestParam(required = false) String publishAt,
                   @RequestParam(required = false) Integer version, Model model, Principal staff,
                   HttpServletRequest request, HttpServletResponse response) {
        return change(slug, null, model, response, () -> doneOf(editing.publish(slug,
                ArticleInput.publishAt(publishAt, properties.zone()), version, staff.getName(), request.getRemoteAddr()), null));
    }

    @PostMapping("/{slug}/unpublish")
    String unpublish(@PathVariable String slug, @RequestParam(required = false) Integer version, Model model,
                     Principal staff, HttpServletRequest request, HttpServletResponse response) {
        return change(slug, null, model, response, () -> {
            editing.unpublish(slug, version, staff.getName(), request.getRemoteAddr());
            return "unpublished";
        });
    }

    @GetMapping("/{slug}/versions")
    String versions(@PathVariable String slug, Model model, HttpServletResponse response) {
        try {
            KbArticle article = knowledgeBase.editable(slug);
            model.addAttribute("article", ManagedArticle.of(article, time.now(), properties, false));
            model.addAttribute("versions", knowledgeBase.versions(slug).stream().map(ArticleVersionView::of)
                    .sorted((a, b) -> Integer.compare(b.version(), a.version())).toList());
            model.addAttribute("zone", properties.zone());
            model.addAttribute("statusLabels", statusLabels());
            return "desk/kb-versions";
        } catch (ArticleNotFoundException missing) {
            return missing(model, response);
        }
    }

    /** Runs one change of an existing article; a refusal re-shows the edit page with the message at its field. */
    private String change(String slug, ArticleForm typed, Model model, HttpServletResponse response,
                          java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            return "redirect:/desk/kb/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/edit?done=" + done;
        } catch (ArticleNotFoundException missing) {
            return missing(model, response);
        } catch (InvalidArticleException invalid) {
            KbArticle article;
            try {
                article = knowledgeBase.editable(slug);
            } catch (ArticleNotFoundException missing) {
                return missing(model, response);
            }
            response.setStatus(invalid.getStatusCode().value());
            ArticleForm form = typed != null ? typed : ArticleForm.of(article);
            return editPage(model, form, article, invalid.fieldErrors(), null);
        }
    }

    private String editPage(Model model, ArticleForm form, KbArticle article, Map<String, String> fieldErrors,
                            String notice) {
        Instant now = time.now();
        model.addAttribute("form", form);
        model.addAttribute("article", article == null ? null : ManagedArticle.of(article, now, properties, false));
        model.addAttribute("currentVersion", article == null ? null : article.getVersion());
        model.addAttribute("publishAtShown", article == null || article.getPublishAt() == null ? null
                : SHOWN.format(article.getPublishAt().atZone(properties.zone())));
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("notice", notice);
        model.addAttribute("minPublishAt", LOCAL_INPUT.format(now.atZone(properties.zone())));
        choices(model);
        return "desk/kb-edit";
    }

    private static String doneOf(KbArticle article, String otherwise) {
        if (otherwise != null) {
            return otherwise;
        }
        return article.getPublishAt() != null && article.getPublishAt().isAfter(article.getUpdatedAt()) ? "scheduled" : "published";
    }

    private static String missing(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", "그런 도움말이 없습니다. 주소가 바뀌었을 수 있습니다.");
        return "desk/kb-missing";
    }

    private static void choices(Model model) {
        model.addAttribute("types", ArticleType.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("statuses", ArticleStatus.values());
    }

    private static Map<String, String> statusLabels() {
        return Map.of("DRAFT", "초안", "PUBLISHED", "게시", "UNPUBLISHED", "게시 중단");
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter;
    }
}
