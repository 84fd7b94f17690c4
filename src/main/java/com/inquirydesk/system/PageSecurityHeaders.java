package com.inquirydesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page the service renders itself (customer center, survey, chat, desk pages, audit timeline, deliveries,
 * login and error pages) runs no inline script and loads nothing from elsewhere, and says so to the browser:
 * an injected script could not run even if escaping ever failed. Pages carry inquiry tokens in their address
 * (acknowledgement links, survey links), so no page sends its address on as a referrer. Camunda's webapps
 * keep the policy they set themselves; Spring Security's header writer leaves a policy already set alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageSecurityHeaders extends OncePerRequestFilter {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
