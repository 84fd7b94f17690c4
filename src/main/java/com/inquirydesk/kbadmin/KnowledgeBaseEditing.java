package com.inquirydesk.kbadmin;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.knowledge.ArticleInput;
import com.inquirydesk.knowledge.InvalidArticleException;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KnowledgeBaseService;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A knowledge manager's changes to the knowledge base, each recorded in the audit trail in the same
 * transaction (a change that rolls back leaves no trace of having happened). The API and the desk pages
 * both go through here.
 */
@Service
class KnowledgeBaseEditing {

    private final KnowledgeBaseService knowledgeBase;
    private final AuditService audit;
    private final TransactionTemplate tx;

    KnowledgeBaseEditing(KnowledgeBaseService knowledgeBase, AuditService audit, PlatformTransactionManager transactions) {
        this.knowledgeBase = knowledgeBase;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    KbArticle create(ArticleInput input, boolean publish, Instant publishAt, String editor, String sourceAddress) {
        return inTransaction(() -> {
            KbArticle article = knowledgeBase.create(input, editor);
            record(editor, sourceAddress, "KB_ARTICLE_CREATED", article);
            return publish ? published(article.getSlug(), publishAt, null, editor, sourceAddress) : article;
        });
    }

    KbArticle edit(String slug, ArticleInput input, Integer expectedVersion, String editor, String sourceAddress) {
        return inTransaction(() -> {
            KbArticle article = knowledgeBase.edit(slug, input, expectedVersion, editor);
            record(editor, sourceAddress, "KB_ARTICLE_EDITED", article);
            return article;
        });
    }

    KbArticle publish(String slug, Instant at, Integer expectedVersion, String editor, String sourceAddress) {
        return inTransaction(() -> published(slug, at, expectedVersion, editor, sourceAddress));
    }

    KbArticle unpublish(String slug, Integer expectedVersion, String editor, String sourceAddress) {
        return inTransaction(() -> {
            KbArticle article = knowledgeBase.unpublish(slug, expectedVersion, editor);
            record(editor, sourceAddress, "KB_ARTICLE_UNPUBLISHED", article);
            return article;
        });
    }

    private KbArticle published(String slug, Instant at, Integer expectedVersion, String editor, String sourceAddress) {
        KbArticle article = knowledgeBase.publish(slug, at, expectedVersion, editor);
        boolean scheduled = article.getPublishAt().isAfter(article.getUpdatedAt());
        record(editor, sourceAddress, scheduled ? "KB_ARTICLE_SCHEDULED" : "KB_ARTICLE_PUBLISHED", article);
        return article;
    }

    private void record(String editor, String sourceAddress, String action, KbArticle article) {
        audit.record(editor, sourceAddress, action, null, "kb_article", article.getSlug(),
                "version=" + article.getVersion() + ", status=" + article.getStatus()
                        + (article.getPublishAt() == null ? "" : ", publishAt=" + article.getPublishAt()));
    }

    /**
     * Two editors saving the same article at once both write version n+1; the unique key on the history turns
     * the later one into a conflict (or two new articles with one slug), reported like a stale edit.
     */
    private KbArticle inTransaction(Supplier<KbArticle> change) {
        try {
            return tx.execute(status -> change.get());
        } catch (DataIntegrityViolationException lostRace) {
            throw InvalidArticleException.conflict("version",
                    "다른 사람이 같은 도움말을 동시에 저장했습니다. 새로 열어 확인한 뒤 다시 저장해 주세요.");
        }
    }
}
