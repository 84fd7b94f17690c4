package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KbArticleRepository extends JpaRepository<KbArticle, Long> {

    List<KbArticle> findByStatusAndCategory(String status, Category category);

    Optional<KbArticle> findBySlugAndStatus(String slug, String status);

    Optional<KbArticle> findBySlug(String slug);
}
