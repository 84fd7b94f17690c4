package com.inquirydesk.knowledge;

import com.inquirydesk.system.CurrentStaff;
import com.inquirydesk.inquiry.Category;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyGuideUpdate (VOC review and weekly VOC review): what the knowledge manager wrote in the
 * updateGuideDocument form becomes the next version of the article, or a new article for a new slug.
 * Run in the transaction that completes the form, an invalid slug is refused to the editor instead of
 * becoming an incident.
 */
@Component("applyGuideUpdateDelegate")
public class ApplyGuideUpdateDelegate implements JavaDelegate {

    public static final String ARTICLE_SLUG = "articleSlug";
    public static final String ARTICLE_TITLE = "articleTitle";
    public static final String ARTICLE_BODY = "articleBody";
    public static final String GUIDE_CATEGORY = "guideCategory";
    /** Set by {@link GuideEditorListener} when the guide task completes. */
    public static final String GUIDE_EDITOR = "guideEditor";
    /** Set by {@link GuideEditorListener}: the completed guide task, whose stored draft holds the text. */
    public static final String GUIDE_TASK_ID = "guideTaskId";
    /** Version the article has after this step, e.g. for a report of the guides a review changed. */
    public static final String PUBLISHED_ARTICLE_VERSION = "publishedArticleVersion";

    static final String FALLBACK_EDITOR = "knowledge-managers";

    private final KnowledgeBaseService knowledgeBase;
    private final GuideDrafts drafts;

    public ApplyGuideUpdateDelegate(KnowledgeBaseService knowledgeBase, GuideDrafts drafts) {
        this.knowledgeBase = knowledgeBase;
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        KbArticle article = knowledgeBase.publishVersion(
                (String) execution.getVariable(ARTICLE_SLUG),
                (String) execution.getVariable(ARTICLE_TITLE),
                body(execution),
                Category.valueOf((String) execution.getVariable(GUIDE_CATEGORY)),
                editor(execution));
        execution.setVariable(PUBLISHED_ARTICLE_VERSION, article.getVersion());
        // The text is in kb_article and its history now; the engine keeps only the reference.
        execution.removeVariable(ARTICLE_BODY);
        execution.removeVariable(GuideDrafts.DRAFT_ID);
    }

    /** From the draft the form's completion stored (long text), or the variable (Java API, short text). */
    private String body(DelegateExecution execution) {
        if (execution.getVariable(GuideDrafts.DRAFT_ID) instanceof Number draftId) {
            return drafts.body(draftId.longValue(), (String) execution.getVariable(GUIDE_TASK_ID));
        }
        return (String) execution.getVariable(ARTICLE_BODY);
    }

    private static String editor(DelegateExecution execution) {
        Object recorded = execution.getVariable(GUIDE_EDITOR);
        if (recorded instanceof String editor && !editor.isBlank()) {
            return editor;
        }
        return CurrentStaff.userIdOr(execution, FALLBACK_EDITOR);
    }
}
