package com.inquirydesk.intake;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * The key to one inquiry's survey once the link was opened: HttpOnly, SameSite=Lax and scoped to that survey's
 * page, so the token leaves the address bar and the browser history at once.
 */
public final class SurveyAccessCookie {

    static final String NAME = "survey_access";
    /** The survey expires on its own; the cookie only needs to outlive a customer's visit comfortably. */
    static final Duration LIFETIME = Duration.ofDays(14);

    private SurveyAccessCookie() {
    }

    public static void grant(HttpServletRequest request, HttpServletResponse response, String code, String token) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(path(code))
                .maxAge(LIFETIME)
                .build().toString());
    }

    static String read(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        return cookie == null ? null : cookie.getValue();
    }

    public static String path(String code) {
        return "/portal/survey/" + code;
    }
}
