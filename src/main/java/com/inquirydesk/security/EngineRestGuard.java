package com.inquirydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Camunda's authorizations cannot express for the engine REST API (ours at /engine-rest and the
 * webapps' copy under /camunda/api/engine): state-changing calls from another origin are refused, so a
 * page elsewhere cannot ride on a logged-in browser; and checking other people's passwords
 * ({@code identity/verify}) is for administrators only. Runs after the engine's authentication filter,
 * so the caller's engine identity is known.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

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
        if (request.getRequestURI().endsWith("/identity/verify") && !administrator()) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden", "권한이 없습니다",
                    "다른 사용자의 비밀번호 확인은 관리자만 할 수 있습니다.");
            return;
        }
        chain.doFilter(request, response);
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
