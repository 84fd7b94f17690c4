package com.inquirydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Camunda's authorizations cannot express for the engine REST API (ours at /engine-rest and the
 * webapps' copy under /camunda/api/engine): state-changing calls from another origin are refused, so a
 * page elsewhere cannot ride on a logged-in browser; and checking other people's passwords
 * ({@code identity/verify}) is for administrators only; a page of /engine-rest holds at most
 * {@link #MAX_PAGE} rows, and a list asked for without {@code maxResults} gets that first page rather than every
 * row there is (single resources ignore the parameter). The page limit is checked here rather than with the engine's
 * {@code queryMaxResultsLimit}, which applies to the webapps too and broke Tasklist's filter list
 * (it asks for 2000). Runs after the engine's authentication filter, so the caller's identity is known.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    static final int MAX_PAGE = 1000;

    private final IdentityService identity;

    EngineRestGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "cross-origin", "다른 출처의 요청은 허용되지 않습니다",
                    "엔진 API의 변경 요청은 이 서비스의 화면에서만 보낼 수 있습니다.");
            return;
        }
        if (isEngineRest(request) && !withinPageLimit(request.getParameter("maxResults"))) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "page-too-large", "한 번에 가져올 수 있는 양을 넘었습니다",
                    "maxResults는 " + MAX_PAGE + " 이하로 나누어 요청해 주세요.");
            return;
        }
        if (request.getRequestURI().endsWith("/identity/verify") && !administrator()) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden", "권한이 없습니다",
                    "다른 사용자의 비밀번호 확인은 관리자만 할 수 있습니다.");
            return;
        }
        chain.doFilter(isEngineRest(request) && request.getParameter("maxResults") == null
                ? new DefaultPage(request) : request, response);
    }

    /** The same request with {@code maxResults=MAX_PAGE} added to its query. */
    private static final class DefaultPage extends HttpServletRequestWrapper {

        private final String query;

        DefaultPage(HttpServletRequest request) {
            super(request);
            String original = request.getQueryString();
            this.query = (original == null || original.isEmpty() ? "" : original + "&") + "maxResults=" + MAX_PAGE;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getParameter(String name) {
            return "maxResults".equals(name) ? Integer.toString(MAX_PAGE) : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put("maxResults", new String[] {Integer.toString(MAX_PAGE)});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }
    }

    /** The webapps' own copy of the API pages by itself (Tasklist asks for 2000 filters at once). */
    private static boolean isEngineRest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    private static boolean withinPageLimit(String maxResults) {
        if (maxResults == null) {
            return true;
        }
        try {
            return Long.parseLong(maxResults.strip()) <= MAX_PAGE;
        } catch (NumberFormatException e) {
            return true; // the engine answers a malformed number with its own 400
        }
    }

    /** A request without Origin comes from a tool (curl, a server), not from a page in a browser. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean administrator() {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getGroupIds() != null && current.getGroupIds().contains(SupportGroups.ADMIN);
    }
}
