package com.inquirydesk.knowledge;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No article customers may read has this slug (unknown, unpublished, or scheduled for later). */
public class ArticleNotFoundException extends ErrorResponseException {

    public ArticleNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND, problem(slug), null);
    }

    private static ProblemDetail problem(String slug) {
        String shown = slug.length() > 100 ? slug.substring(0, 100) : slug;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "도움말 " + shown + "을(를) 찾을 수 없습니다.");
        problem.setType(URI.create("https://inquiry-desk.example/problems/article-not-found"));
        problem.setTitle("도움말 없음");
        return problem;
    }
}
