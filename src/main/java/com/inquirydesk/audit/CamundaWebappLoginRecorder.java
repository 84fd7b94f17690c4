package com.inquirydesk.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Tasklist, Cockpit and Admin log in through Camunda's own endpoint
 * ({@code POST /camunda/api/admin/auth/user/default/login/{app}}), not through Spring Security. This filter
 * watches that endpoint and its logout twin and records the outcome: 200 is a login, anything else a
 * failed one. The user name is read from the form body after Camunda has read it, so the request
 * reaches Camunda untouched.
 */
class CamundaWebappLoginRecorder extends OncePerRequestFilter {

    static final String AUTH_PATH = "/camunda/api/admin/auth/user/default/";

    private final AccessLog accessLog;

    CamundaWebappLoginRecorder(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith(AUTH_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(AUTH_PATH + "logout")) {
            String user = loggedInUser(request);
            chain.doFilter(request, response);
            if (user != null) {
                accessLog.record(user, request.getRemoteAddr(), AccessAction.LOGOUT, null, "camunda",
                        AccessVia.CAMUNDA_WEBAPP);
            }
            return;
        }
        if (!path.startsWith(AUTH_PATH + "login/")) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, 8 * 1024);
        chain.doFilter(cached, response);
        String app = path.substring((AUTH_PATH + "login/").length());
        accessLog.record(formField(cached, "username"), request.getRemoteAddr(),
                response.getStatus() == HttpServletResponse.SC_OK ? AccessAction.LOGIN : AccessAction.LOGIN_FAILED,
                null, "camunda " + app, AccessVia.CAMUNDA_WEBAPP);
    }

    private static String loggedInUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? null : authentications.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance).map(UserAuthentication::getName).findFirst().orElse(null);
    }

    private static String formField(ContentCachingRequestWrapper request, String name) {
        String body = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return request.getParameter(name);
    }
}
