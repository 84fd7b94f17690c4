package com.inquirydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing from one source address, on every way in (desk login form, HTTP Basic on the
 * staff API and the engine REST API, the Camunda webapps' login). Each failed login takes a token from
 * the address's bucket; an address with none left waits (429 with Retry-After) and nothing is checked.
 * Accounts themselves are never locked for good: the engine's own login delay is temporary
 * (see application.yaml), so a stranger cannot shut anyone out.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final KeyedBuckets failuresByAddress;

    LoginThrottle(SecurityProperties properties) {
        this.failuresByAddress = new KeyedBuckets(properties.failedLoginsPerAddress(), Duration.ofMinutes(1));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesCredentials(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = failuresByAddress.waitFor(address);
        if (wait.isPresent()) {
            ProblemResponses.tooManyRequests(response, wait.get(),
                    "로그인 실패가 너무 많습니다. 잠시 후 다시 시도해 주세요.");
            return;
        }
        chain.doFilter(request, response);
        if (failed(request, response)) {
            failuresByAddress.take(address);
        }
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && (path.equals("/login") || path.matches("/camunda/api/admin/auth/user/[^/]+/login/.*"));
    }

    private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            return true;
        }
        // The desk's login form answers a wrong password with a redirect to /login?error.
        String location = response.getHeader("Location");
        return response.getStatus() == HttpServletResponse.SC_FOUND && location != null && location.contains("error");
    }
}
