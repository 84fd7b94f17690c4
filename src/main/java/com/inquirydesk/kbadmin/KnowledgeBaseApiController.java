package com.inquirydesk.kbadmin;

import com.inquirydesk.knowledge.ArticleInput;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KnowledgeBaseService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge managers' API: every article whatever its status, its history, and the changes they make. */
@RestController
@RequestMapping("/api/v1/staff/kb/articles")
class KnowledgeBaseApiController {

    private final KnowledgeBaseService knowledgeBase;
    private final KnowledgeBaseEditing editing;
    private final TimeSource time;
    private final InquiryDeskProperties properties;

    KnowledgeBaseApiController(KnowledgeBaseService knowledgeBase, KnowledgeBaseEditing editing, TimeSource time,
                               InquiryDeskProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.editing = editing;
        this.time = time;
        this.properties = properties;
    }

    /** A new article; a draft unless {@code publish} is true or a {@code publishAt} is given. */
    record CreateRequest(String slug, String title, String body, String type, String category, String segment,
                         String keywords, Boolean publish, String publishAt) {
    }

    /** {@code version} (optional) is the version the editor changed; another one in between is a 409. */
    record EditRequest(String title, String body, String type, String category, String segment, String keywords,
                       Integer version) {
    }

    record PublishRequest(String publishAt, Integer version) {
    }

    record UnpublishRequest(Integer version) {
    }

    record ArticleList(int count, List<ManagedArticle> articles) {
    }

    @GetMapping
    ArticleList list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                     @RequestParam(required = false) String category, @RequestParam(required = false) String q) {
        var now = time.now();
        List<ManagedArticle> found = ArticleFilter.parse(status, type, category, q).apply(knowledgeBase.all(), now).stream()
                .map(article -> ManagedArticle.of(article, now, properties, false)).toList();
        return new ArticleList(found.size(), found);
    }

    @GetMapping("/{slug}")
    ManagedArticle get(@PathVariable String slug) {
        return view(knowledgeBase.editable(slug));
    }

    @GetMapping("/{slug}/versions")
    List<ArticleVersionView> versions(@PathVariable String slug) {
        return knowledgeBase.versions(slug).stream().map(ArticleVersionView::of).toList();
    }

    @PostMapping
    ResponseEntity<ManagedArticle> create(@RequestBody CreateRequest request, Principal staff, HttpServletRequest http) {
        var publishAt = ArticleInput.publishAt(request.publishAt(), properties.zone());
        KbArticle article = editing.create(new ArticleInput(request.slug(), request.title(), request.body(), request.type(),
                        request.category(), request.segment(), request.keywords()),
                Boolean.TRUE.equals(request.publish()) || publishAt != null, publishAt, staff.getName(), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/staff/kb/articles/" + article.getSlug()))
                .body(view(article));
    }

    @PutMapping("/{slug}")
    ManagedArticle edit(@PathVariable String slug, @RequestBody EditRequest request, Principal staff,
                        HttpServletRequest http) {
        return view(editing.edit(slug, new ArticleInput(slug, request.title(), request.body(), request.type(),
                request.category(), request.segment(), request.keywords()), request.version(), staff.getName(),
                http.getRemoteAddr()));
    }

    /** Publishes now, or schedules for {@code publishAt}; also republishes an unpublished article. */
    @PostMapping("/{slug}/publish")
    ManagedArticle publish(@PathVariable String slug, @RequestBody(required = false) PublishRequest request,
                           Principal staff, HttpServletRequest http) {
        PublishRequest publish = request == null ? new PublishRequest(null, null) : request;
        return view(editing.publish(slug, ArticleInput.publishAt(publish.publishAt(), properties.zone()),
                publish.version(), staff.getName(), http.getRemoteAddr()));
    }

    @PostMapping("/{slug}/unpublish")
    ManagedArticle unpublish(@PathVariable String slug, @RequestBody(required = false) UnpublishRequest request,
                             Principal staff, HttpServletRequest http) {
        return view(editing.unpublish(slug, request == null ? null : request.version(), staff.getName(),
                http.getRemoteAddr()));
    }

    private ManagedArticle view(KbArticle article) {
        return ManagedArticle.of(article, time.now(), properties, true);
    }
}
