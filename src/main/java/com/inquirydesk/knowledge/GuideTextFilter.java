package com.inquirydesk.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completing the guide form (Tasklist's submit-form, or complete through the engine REST API) would put
 * the guide text into a string variable, which the engine caps at 4,000 characters. This filter takes
 * {@code articleBody} out of such a request, stores it in {@code guide_draft} and passes
 * {@link GuideDrafts#DRAFT_ID} instead; Task_ApplyGuideUpdate reads the text from there. Text over the
 * form's 20,000 characters is left in the request, so the guide task's listener refuses it with a message.
 */
@Component
public class GuideTextFilter extends OncePerRequestFilter {

    static final Pattern COMPLETION = Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:submit-form|complete)$");
    /** 20,000 characters written as JSON escapes, with the rest of the form. */
    static final int READ_LIMIT = 512 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GuideDrafts drafts;

    public GuideTextFilter(GuideDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(READ_LIMIT + 1);
        if (body.length > READ_LIMIT) {
            response.sendError(413);
            return;
        }
        chain.doFilter(new BodyRequest(request, withDraftReference(request, body)), response);
    }

    private byte[] withDraftReference(HttpServletRequest request, byte[] body) {
        ObjectNode json;
        try {
            json = JSON.readTree(body) instanceof ObjectNode node ? node : null;
        } catch (IOException notJson) {
            return body;
        }
        if (json == null || !(json.get("variables") instanceof ObjectNode variables)
                || variables.get(ApplyGuideUpdateDelegate.ARTICLE_BODY) == null
                || !variables.get(ApplyGuideUpdateDelegate.ARTICLE_BODY).path("value").isTextual()) {
            return body;
        }
        String text = variables.get(ApplyGuideUpdateDelegate.ARTICLE_BODY).path("value").asText();
        if (text.isBlank() || text.length() > GuideEditorListener.BODY_LENGTH) {
            return body;
        }
        Matcher completion = COMPLETION.matcher(path(request));
        completion.matches();
        Principal user = request.getUserPrincipal();
        long draftId = drafts.store(completion.group(1), text, user == null ? null : user.getName());
        variables.remove(ApplyGuideUpdateDelegate.ARTICLE_BODY);
        variables.putObject(GuideDrafts.DRAFT_ID).put("value", draftId).put("type", "Long");
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
