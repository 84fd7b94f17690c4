package com.inquirydesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Task completions through the engine REST API and Tasklist's own engine API: a completion a task
 * listener refused ({@link TaskCompletionRefusal}) is the client's mistake, so it is answered 400 instead
 * of the engine's 500, with the engine's error body (its {@code message} is what Tasklist shows).
 */
@Component
public class TaskCompletionRefusalFilter extends OncePerRequestFilter {

    static final Pattern COMPLETION = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete|resolve)$");

    /** Tasklist's "Start process": a start form refused by the first step is the client's mistake as well. */
    static final Pattern START = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/process-definition/(?:key/[^/]+|[^/]+)/(?:submit-form|start)$");

    static final String GONE = "{\"type\":\"InvalidRequestException\",\"message\":\"이 작업은 이미 끝났습니다. "
            + "답변 단계와 함께 닫혔거나 다른 사람이 완료했습니다. 작업 목록을 새로 고쳐 주세요.\"}";

    private final TaskService tasks;
    private final IdentityService identity;

    public TaskCompletionRefusalFilter(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Whether the task exists at all; whether this user may complete it stays the engine's answer (403). */
    private boolean exists(String taskId) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return tasks.createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                        || START.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (completion.matches() && !exists(completion.group(1))) {
            // A task that ended with its step (an escalation after the answer) is gone, not a server failure.
            response.setStatus(404);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(GONE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() == 500 && request.getAttribute(TaskCompletionRefusal.ATTRIBUTE) != null) {
                buffered.setStatus(400);
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }
}
