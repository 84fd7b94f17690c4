package com.inquirydesk.knowledge;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** No article customers may read has this slug (unknown, unpublished, or scheduled for later). */
public class ArticleNotFoundException extends ApiProblemException {

    public ArticleNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND, "article-not-found", "도움말 없음",
                "도움말 " + (slug.length() > 100 ? slug.substring(0, 100) : slug) + "을(를) 찾을 수 없습니다.");
    }
}
