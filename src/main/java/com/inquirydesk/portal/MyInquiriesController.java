package com.inquirydesk.portal;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.security.KeyedBuckets;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "My inquiries": the e-mail form, the one-time link from the mail (exchanged for an HttpOnly, SameSite=Lax
 * cookie scoped to these pages), the list, and the way from the list into each inquiry's own page.
 */
@Controller
@RequestMapping("/portal/my")
class MyInquiriesController {

    static final String SIGN_IN_PATH = "/portal/my/signin";
    static final String COOKIE = "my_inquiries";
    static final String COOKIE_PATH = "/portal/my";
    private static final Pattern CODE_FORMAT = Pattern.compile("INQ-\\d{8}-\\d{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);

    private final MyInquiriesSignIn signIn;
    private final InquiryDeskProperties properties;

    MyInquiriesController(MyInquiriesSignIn signIn, InquiryDeskProperties properties) {
        this.signIn = signIn;
        this.properties = properties;
    }

    record Row(String code, String subject, String status, String statusLabel, String date, String link) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String sent, Model model) {
        model.addAttribute("form", new MyInquiriesForm());
        model.addAttribute("sent", sent != null);
        model.addAttribute("linkMinutes", signIn.linkLifetime().toMinutes());
        return "portal/my";
    }

    /** The same answer whether or not the address is known, so the form cannot be used to test addresses. */
    @PostMapping
    ModelAndView request(@ModelAttribute("form") MyInquiriesForm form, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        String problem = form.problem();
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("emailError", problem);
            model.addAttribute("sent", false);
            model.addAttribute("linkMinutes", signIn.linkLifetime().toMinutes());
            return new ModelAndView("portal/my", model.asMap());
        }
        Optional<Duration> wait = signIn.requestLink(form.getEmail(), request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = KeyedBuckets.retryAfterSeconds(wait.get());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("emailError", "이 주소로는 링크를 너무 자주 요청하셨습니다. "
                    + Math.max(1, (seconds + 59) / 60) + "분 뒤에 다시 요청해 주세요.");
            model.addAttribute("sent", false);
            model.addAttribute("linkMinutes", signIn.linkLifetime().toMinutes());
            return new ModelAndView("portal/my", model.asMap());
        }
        return seeOther("/portal/my?sent");
    }

    /** The link from the mail: spent at once; the browser goes on to the list without the token in its address. */
    @GetMapping("/signin")
    ModelAndView signInWithLink(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
                                HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<String> session = signIn.signIn(token, request.getRemoteAddr());
        if (session.isEmpty()) {
            return invalid(response);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, session.get(), signIn.sessionLifetime()).toString());
        return seeOther("/portal/my/inquiries");
    }

    @GetMapping("/inquiries")
    ModelAndView list(HttpServletRequest request, HttpServletResponse response) {
        Optional<Long> customer = signIn.customerOf(read(request));
        if (customer.isEmpty()) {
            return invalid(response);
        }
        List<Row> rows = signIn.inquiriesOf(customer.get()).stream().map(this::row).toList();
        ModelAndView page = new ModelAndView("portal/my-inquiries");
        page.addObject("inquiries", rows);
        return page;
    }

    /** From the list into an inquiry's page: the signed-in customer gets that inquiry's own cookie. */
    @GetMapping("/inquiries/{code}")
    ModelAndView open(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<Long> customer = signIn.customerOf(read(request));
        if (customer.isEmpty()) {
            return invalid(response);
        }
        Optional<String> token = CODE_FORMAT.matcher(code).matches()
                ? signIn.accessTokenFor(customer.get(), code) : Optional.empty();
        if (token.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            ModelAndView page = new ModelAndView("portal/not-found");
            page.addObject("title", "문의를 찾을 수 없습니다");
            page.addObject("message", "내 문의 목록에 없는 문의입니다. 목록에서 다시 골라 주세요.");
            return page;
        }
        InquiryAccessCookie.grant(request, response, code, token.get());
        return seeOther(InquiryAccessCookie.path(code));
    }

    @PostMapping("/signout")
    ModelAndView signOut(HttpServletRequest request, HttpServletResponse response) {
        signIn.signOut(read(request));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
        return seeOther("/portal/my");
    }

    private Row row(Inquiry inquiry) {
        String status = inquiry.getStatus().name();
        return new Row(inquiry.getCode(), inquiry.getSubject(), status,
                PortalInquiryController.STATUS_LABELS.getOrDefault(status, status),
                DAY.format(inquiry.getCreatedAt().atZone(properties.zone())), "/portal/my/inquiries/" + inquiry.getCode());
    }

    /** Wrong, used and expired links look alike and show nothing. */
    private ModelAndView invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("portal/my-invalid", "linkMinutes", signIn.linkLifetime().toMinutes());
    }

    private static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration lifetime) {
        return ResponseCookie.from(COOKIE, value).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .path(COOKIE_PATH).maxAge(lifetime).build();
    }

    private static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
