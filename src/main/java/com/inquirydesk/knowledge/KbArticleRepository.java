package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KbArticleRepository extends JpaRepository<KbArticle, Long> {

    List<KbArticle> findByStatusAndCategory(String status, Category category);

    Optional<KbArticle> findBySlugAndStatus(String slug, String status);

    Optional<KbArticle> findBySlug(String slug);

    List<KbArticle> findByStatus(String status);

    List<KbArticle> findBySlugIn(Collection<String> slugs);

    @Modifying
    @Query("update KbArticle a set a.viewCount = a.viewCount + 1 where a.id = :id")
    void countView(@Param("id") long id);

    // The vote's change event re-indexes the article from this persistence context; clearing it makes that
    // read see the new count instead of the copy loaded before the update.
    @Modifying(clearAutomatically = true)
    @Query("update KbArticle a set a.helpfulCount = a.helpfulCount + 1 where a.id = :id")
    void countHelpful(@Param("id") long id);

    @Modifying(clearAutomatically = true)
    @Query("update KbArticle a set a.unhelpfulCount = a.unhelpfulCount + 1 where a.id = :id")
    void countUnhelpful(@Param("id") long id);
}
