package com.inquirydesk.intake;

import com.inquirydesk.survey.SurveyNotPendingException;
import com.inquirydesk.survey.SurveyAnswerRequest;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey page the invitation links to (the link carries the inquiry's access token). It answers
 * through the same service as POST /api/v1/inquiries/{code}/survey, so the rules are the same.
 */
@Controller
@RequestMapping("/portal/survey/{code}")
class SurveyPageController {

    private final CustomerInquiryService customerInquiries;

    SurveyPageController(CustomerInquiryService customerInquiries) {
        this.customerInquiries = customerInquiries;
    }

    @GetMapping
    String form(@PathVariable String code, @RequestParam(name = "t", required = false) String token, Model model,
                HttpServletResponse response) {
        return withInquiry(code, token, model, response, view -> {
            if (view.surveyUrl() == null) {
                model.addAttribute("message", "이 설문은 이미 응답하셨거나 응답 기간이 지났습니다. 참여해 주셔서 감사합니다.");
                return "portal/survey-done";
            }
            model.addAttribute("fieldErrors", Map.of());
            return "portal/survey";
        });
    }

    @PostMapping
    String answer(@PathVariable String code, @RequestParam(name = "t", required = false) String token,
                  @Valid @ModelAttribute("answer") SurveyAnswerRequest answer, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        return withInquiry(code, token, model, response, view -> {
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
                model.addAttribute("message", customerInquiries.answerSurvey(code, token, answer, request.getRemoteAddr()).message());
            } catch (SurveyNotPendingException notPending) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("message", notPending.getMessage());
            }
            return "portal/survey-done";
        });
    }

    private String withInquiry(String code, String token, Model model, HttpServletResponse response,
                               Function<InquiryView, String> page) {
        try {
            InquiryView view = customerInquiries.view(code, token == null ? "" : token);
            model.addAttribute("inquiry", view);
            model.addAttribute("token", token);
            return page.apply(view);
        } catch (InquiryNotFoundException | MissingAccessTokenException unknown) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", "설문을 찾을 수 없습니다. 안내 메시지의 링크를 그대로 열어 주세요.");
            return "portal/survey-done";
        }
    }
}
