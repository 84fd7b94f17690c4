package com.inquirydesk.intake;

import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.survey.SurveyAnswerRequest;
import com.inquirydesk.survey.SurveyNotPendingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The survey page the invitation links to. The link's token (the survey's own, or the inquiry's when the
 * customer came from their inquiry page) is exchanged for an HttpOnly cookie and the browser sent on to the
 * address without it (303). It answers through the same service as POST /api/v1/inquiries/{code}/survey.
 */
@Controller
@RequestMapping("/portal/survey/{code}")
class SurveyPageController {

    private static final Pattern CODE_FORMAT = Pattern.compile("INQ-\\d{8}-\\d{6}");
    private static final String NOT_FOUND = "설문을 찾을 수 없습니다. 안내 메시지의 링크나 문의 페이지의 설문 버튼으로 다시 열어 주세요.";

    private final CustomerInquiryService customerInquiries;

    SurveyPageController(CustomerInquiryService customerInquiries) {
        this.customerInquiries = customerInquiries;
    }

    @GetMapping(params = "t")
    ModelAndView exchange(@PathVariable String code, @RequestParam("t") String token, HttpServletRequest request,
                          HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            customerInquiries.surveyView(checkedCode(code), token);
        } catch (InquiryNotFoundException wrongToken) {
            ModelAndView notFound = new ModelAndView("portal/survey-done", Map.of("message", NOT_FOUND));
            notFound.setStatus(HttpStatus.NOT_FOUND);
            return notFound;
        }
        SurveyAccessCookie.grant(request, response, code, token);
        RedirectView clean = new RedirectView(SurveyAccessCookie.path(code), true);
        clean.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(clean);
    }

    @GetMapping
    String form(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        return withInquiry(code, request, model, response, view -> {
            if (view.surveyUrl() == null) {
                model.addAttribute("message", "이 설문은 이미 응답하셨거나 응답 기간이 지났습니다. 참여해 주셔서 감사합니다.");
                return "portal/survey-done";
            }
            model.addAttribute("fieldErrors", Map.of());
            return "portal/survey";
        });
    }

    @PostMapping
    String answer(@PathVariable String code, @Valid @ModelAttribute("answer") SurveyAnswerRequest answer,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        return withInquiry(code, request, model, response, view -> {
            if (errors.hasErrors()) {
                // Shown next to each question; the page re-checks what the customer had chosen from the request.
                Map<String, String> fieldErrors = new HashMap<>();
                errors.getFieldErrors().forEach(error -> fieldErrors.putIfAbsent(error.getField(),
                        error.isBindingFailure() ? "숫자를 골라 주세요" : error.getDefaultMessage()));
                model.addAttribute("fieldErrors", fieldErrors);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "portal/survey";
            }
            try {
                model.addAttribute("message", customerInquiries.answerSurvey(code, SurveyAccessCookie.read(request),
                        answer, request.getRemoteAddr()).message());
            } catch (SurveyNotPendingException notPending) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("message", notPending.getMessage());
            }
            return "portal/survey-done";
        });
    }

    private String withInquiry(String code, HttpServletRequest request, Model model, HttpServletResponse response,
                               Function<InquiryView, String> page) {
        String token = SurveyAccessCookie.read(request);
        try {
            InquiryView view = customerInquiries.surveyView(checkedCode(code), token == null ? "" : token);
            model.addAttribute("inquiry", view);
            return page.apply(view);
        } catch (InquiryNotFoundException unknown) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", NOT_FOUND);
            return "portal/survey-done";
        }
    }

    private static String checkedCode(String code) {
        if (!CODE_FORMAT.matcher(code).matches()) {
            throw new InquiryNotFoundException(code.length() > 40 ? code.substring(0, 40) : code);
        }
        return code;
    }
}
