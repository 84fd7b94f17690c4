package com.inquirydesk.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The customer's key to one inquiry, kept in a cookie after the link from the acknowledgement was opened:
 * HttpOnly (no script reads it), SameSite=Lax (another site cannot post with it) and scoped to that
 * inquiry's pages, so each inquiry has its own and the token leaves the address bar and the history.
 */
final class InquiryAccessCookie {

    static final String NAME = "inquiry_access";
    static final Duration LIFETIME = Duration.ofDays(30);

    private InquiryAccessCookie() {
    }

    static void grant(HttpServletRequest request, HttpServletResponse response, String code, String token) {
        ResponseCookie cookie = ResponseCookie.from(NAME, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(path(code))
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    static String path(String code) {
        return "/portal/inquiries/" + code;
    }
}
