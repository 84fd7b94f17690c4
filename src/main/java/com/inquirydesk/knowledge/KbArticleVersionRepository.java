package com.inquirydesk.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KbArticleVersionRepository extends JpaRepository<KbArticleVersion, Long> {

    List<KbArticleVersion> findByArticleIdOrderByVersion(Long articleId);
}
