package com.inquirydesk.knowledge;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An article an editor cannot save as written; names every offending field with its Korean message. */
public class InvalidArticleException extends ApiProblemException {

    private final Map<String, String> fieldErrors;

    public InvalidArticleException(Map<String, String> fieldErrors) {
        this(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", fieldErrors);
    }

    protected InvalidArticleException(HttpStatus status, String type, String title, Map<String, String> fieldErrors) {
        super(problem(status, type, title, fieldErrors));
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    /** Field → message, for pages that show each message next to its field. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, Map<String, String> errors) {
        ProblemDetail problem = Problems.of(status, type, title, errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors.entrySet().stream()
                .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        return problem;
    }

    /** The slug is taken, or the article changed since the editor opened it. */
    public static InvalidArticleException conflict(String field, String message) {
        return new InvalidArticleException(HttpStatus.CONFLICT, "article-conflict", "도움말 충돌", Map.of(field, message));
    }
}
