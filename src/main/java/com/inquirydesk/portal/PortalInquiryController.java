package com.inquirydesk.portal;

import com.inquirydesk.attachment.Attachment;
import com.inquirydesk.attachment.AttachmentRefusedException;
import com.inquirydesk.attachment.AttachmentResponses;
import com.inquirydesk.attachment.AttachmentService;
import com.inquirydesk.inquiry.InquiryClosedException;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.intake.CustomerInquiryService;
import com.inquirydesk.intake.InquiryActionNotAllowedException;
import com.inquirydesk.intake.InquiryView;
import com.inquirydesk.intake.NewInquiryRequest;
import com.inquirydesk.ratelimit.AbuseLimits;
import com.inquirydesk.ratelimit.TooManyRequestsException;
import com.inquirydesk.inquirytype.InquiryTypeForms;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.intake.SurveyAccessCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writing an inquiry and following it in the customer center. Every action goes through the services the
 * JSON API uses, so the rules (who may do what in which status) are the same on both.
 */
@Controller
@RequestMapping("/portal/inquiries")
class PortalInquiryController {

    static final int MAX_REPLY_LENGTH = 20000;
    private static final Pattern CODE_FORMAT = Pattern.compile("INQ-\\d{8}-\\d{6}");
    private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("M월 d일(E) a h시 mm분", Locale.KOREAN);

    static final Map<String, String> STATUS_LABELS = Map.of(
            "RECEIVED", "접수됨", "OPEN", "답변 준비 중", "WAITING_CUSTOMER", "답변 드림 · 고객님 확인 대기",
            "ON_HOLD", "확인 중(보류)", "RESOLVED", "답변 완료", "CLOSED", "종료", "MERGED", "다른 문의로 합쳐짐");

    static final Map<String, String> DONE_MESSAGES = Map.of(
            "created", "문의가 접수되었습니다. 이 페이지 주소를 저장해 두시면 언제든 답변을 확인하실 수 있습니다.",
            "replied", "답장을 보냈습니다. 담당 상담원이 이어서 확인합니다.",
            "agent", "상담원 연결을 요청했습니다. 먼저 연락드리겠습니다.",
            "resolved", "해결되었다고 알려 주셔서 감사합니다. 문의를 종료했습니다.");

    /** Inputs of the type's extra fields are named with this prefix and the field's key. */
    static final String FIELD_PREFIX = "field.";
    /** The file input of both forms; its errors are shown under this key. */
    static final String FILES = "files";
    static final String FILES_KEPT_HINT = " 다른 입력 내용은 그대로 두었으니 파일만 다시 골라 주세요.";

    private final PortalSubmissions submissions;
    private final InquiryTypeForms typeForms;
    private final CustomerInquiryService customerInquiries;
    private final AttachmentService attachments;
    private final InquiryDeskProperties properties;
    private final AbuseLimits limits;

    PortalInquiryController(PortalSubmissions submissions, InquiryTypeForms typeForms,
                            CustomerInquiryService customerInquiries, AttachmentService attachments,
                            InquiryDeskProperties properties, AbuseLimits limits) {
        this.submissions = submissions;
        this.limits = limits;
        this.typeForms = typeForms;
        this.customerInquiries = customerInquiries;
        this.attachments = attachments;
        this.properties = properties;
    }

    @GetMapping("/new")
    String newInquiry(@RequestParam(required = false) String category,
                      @RequestParam(name = AttachmentService.REFUSED_PARAMETER, required = false) String uploadRefused,
                      Model model, HttpServletResponse response) {
        NewInquiryForm form = new NewInquiryForm();
        form.setCategory(PortalController.categoryOrNull(category));
        String refusal = attachments.uploadRefusalReason(uploadRefused);
        if (refusal != null) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
        return showForm(form, Map.of(), refusal == null ? Map.of() : Map.of(FILES, refusal), model);
    }

    @PostMapping("/new")
    String submit(@Valid @ModelAttribute("form") NewInquiryForm form, BindingResult errors,
                  @RequestParam(name = FILES, required = false) List<MultipartFile> files, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> typeValues = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(FIELD_PREFIX) && values.length > 0) {
                typeValues.put(name.substring(FIELD_PREFIX.length()), values[0]);
            }
        });
        InquiryTypeForms.Checked typeAnswers = typeForms.check(form.getCategory(), typeValues);
        List<AttachmentService.Accepted> accepted = List.of();
        AttachmentRefusedException refusedFile = null;
        try {
            accepted = attachments.check(files, 0);
        } catch (AttachmentRefusedException refused) {
            refusedFile = refused;
        }
        if (errors.hasErrors() || !typeAnswers.valid() || refusedFile != null) {
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            errors.getFieldErrors().forEach(error -> fieldErrors.putIfAbsent(
                    error.getField().equals("reachable") ? "email" : error.getField(),
                    error.isBindingFailure() ? "목록에서 골라 주세요." : error.getDefaultMessage()));
            typeAnswers.errors().forEach((key, message) -> fieldErrors.put(FIELD_PREFIX + key, message));
            if (refusedFile != null) {
                fieldErrors.put(FILES, refusedFile.getMessage() + FILES_KEPT_HINT);
            }
            response.setStatus(fieldErrors.size() == 1 && refusedFile != null
                    ? refusedFile.getStatusCode().value() : HttpServletResponse.SC_BAD_REQUEST);
            return showForm(form, typeValues, fieldErrors, model);
        }
        NewInquiryRequest inquiry = form.toRequest();
        try {
            limits.admitIntake(request.getRemoteAddr(), inquiry.customer().email(), inquiry.customer().phone(),
                    inquiry.customer().externalId());
        } catch (TooManyRequestsException tooMany) {
            refuse(response, tooMany);
            model.addAttribute("limitError", tooMany.getMessage());
            return showForm(form, typeValues, Map.of(), model);
        }
        var created = submissions.receive(inquiry, typeAnswers.answers(), accepted, request.getRemoteAddr());
        InquiryAccessCookie.grant(request, response, created.code(), created.accessToken());
        return "redirect:" + InquiryAccessCookie.path(created.code()) + "?done=created";
    }

    /**
     * The link from the acknowledgement carries the token: it is exchanged for the inquiry's cookie and the
     * browser sent on to the address without it. A wrong token shows nothing of the inquiry.
     */
    @GetMapping("/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String token,
                @RequestParam(required = false) String done,
                @RequestParam(name = AttachmentService.REFUSED_PARAMETER, required = false) String uploadRefused,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        if (token != null) {
            response.setHeader("Referrer-Policy", "no-referrer");
            if (!CODE_FORMAT.matcher(code).matches()) {
                return notFound(model, response);
            }
            try {
                customerInquiries.view(code, token);
            } catch (InquiryNotFoundException wrongToken) {
                return notFound(model, response);
            }
            InquiryAccessCookie.grant(request, response, code, token);
            return "redirect:" + InquiryAccessCookie.path(code);
        }
        return withInquiry(code, request, model, response, () -> {
            if (done != null && DONE_MESSAGES.containsKey(done)) {
                model.addAttribute("notice", DONE_MESSAGES.get(done));
            }
            String refusal = attachments.uploadRefusalReason(uploadRefused);
            if (refusal != null) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                model.addAttribute("filesError", refusal);
            }
            return "portal/inquiry";
        });
    }

    /**
     * From the inquiry's page to its survey: the inquiry's key goes along in the survey page's own cookie
     * (the inquiry's cookie is scoped to the inquiry's pages) and the browser is sent on (303).
     */
    @GetMapping("/{code}/survey")
    ModelAndView survey(@PathVariable String code, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        String token = InquiryAccessCookie.read(request);
        if (token == null || !CODE_FORMAT.matcher(code).matches()) {
            return new ModelAndView(notFound(model, response));
        }
        try {
            customerInquiries.view(code, token);
        } catch (InquiryNotFoundException unknown) {
            return new ModelAndView(notFound(model, response));
        }
        SurveyAccessCookie.grant(request, response, code, token);
        RedirectView survey = new RedirectView(SurveyAccessCookie.path(code), true);
        survey.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(survey);
    }

    /** A reply may be only files; the conversation then says that files were sent. */
    @PostMapping("/{code}/reply")
    String reply(@PathVariable String code, @RequestParam(required = false) String body,
                 @RequestParam(name = FILES, required = false) List<MultipartFile> files, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        String written = body == null ? "" : body.strip();
        String token = InquiryAccessCookie.read(request);
        List<AttachmentService.Accepted> accepted = List.of();
        AttachmentRefusedException refusedFile = null;
        try {
            accepted = attachments.check(files, 0);
        } catch (AttachmentRefusedException refused) {
            refusedFile = refused;
        }
        boolean nothing = written.isEmpty() && accepted.isEmpty() && refusedFile == null;
        if (nothing || written.length() > MAX_REPLY_LENGTH || refusedFile != null) {
            String filesError = refusedFile == null ? null : refusedFile.getMessage() + FILES_KEPT_HINT;
            int status = refusedFile != null && !nothing && written.length() <= MAX_REPLY_LENGTH
                    ? refusedFile.getStatusCode().value() : HttpServletResponse.SC_BAD_REQUEST;
            return withInquiry(code, request, model, response, () -> {
                response.setStatus(status);
                model.addAttribute("reply", body);
                model.addAttribute("filesError", filesError);
                if (nothing || written.length() > MAX_REPLY_LENGTH) {
                    model.addAttribute("replyError", nothing ? "보내실 내용을 적거나 파일을 첨부해 주세요."
                            : "답장은 20,000자 이내로 적어 주세요.");
                }
                return "portal/inquiry";
            });
        }
        String text = written.isEmpty() ? "첨부파일 " + accepted.size() + "개를 보냈습니다." : written;
        List<AttachmentService.Accepted> toStore = accepted;
        return act(code, request, model, response, () -> submissions.reply(code, token, text, toStore), "replied", body);
    }

    /** The customer's own file, by the inquiry's cookie; a wrong or missing cookie shows nothing. */
    @GetMapping("/{code}/attachments/{id}")
    Object attachment(@PathVariable String code, @PathVariable long id, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        String token = InquiryAccessCookie.read(request);
        if (token == null || !CODE_FORMAT.matcher(code).matches()) {
            return notFound(model, response);
        }
        try {
            return attachments.contentForCustomer(code, token, id).<Object>map(AttachmentResponses::of)
                    .orElseGet(() -> {
                        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                        model.addAttribute("title", "첨부파일을 찾을 수 없습니다");
                        model.addAttribute("message", "파일이 없거나 보관 기간이 지나 삭제되었습니다.");
                        return "portal/not-found";
                    });
        } catch (InquiryNotFoundException unknown) {
            return notFound(model, response);
        }
    }

    @PostMapping("/{code}/agent-request")
    String requestAgent(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        String token = InquiryAccessCookie.read(request);
        return act(code, request, model, response,
                () -> customerInquiries.requestAgent(code, token, request.getRemoteAddr()), "agent", null);
    }

    @PostMapping("/{code}/resolved")
    String resolved(@PathVariable String code, @RequestParam(required = false) String article, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        String token = InquiryAccessCookie.read(request);
        String slug = article == null || article.isBlank() ? null : article;
        return act(code, request, model, response,
                () -> customerInquiries.resolvedBySelfService(code, token, slug, request.getRemoteAddr()), "resolved", null);
    }

    /** Runs a customer action; a refusal (already answered, closed, merged…) is shown on the inquiry's page. */
    private String act(String code, HttpServletRequest request, Model model, HttpServletResponse response,
                       Supplier<?> action, String done, String keptReply) {
        try {
            action.get();
            return "redirect:" + InquiryAccessCookie.path(code) + "?done=" + done;
        } catch (InquiryNotFoundException unknown) {
            return notFound(model, response);
        } catch (TooManyRequestsException tooMany) {
            return withInquiry(code, request, model, response, () -> {
                refuse(response, tooMany);
                model.addAttribute("actionError", tooMany.getMessage());
                model.addAttribute("reply", keptReply);
                return "portal/inquiry";
            });
        } catch (InquiryActionNotAllowedException | InquiryClosedException refused) {
            return withInquiry(code, request, model, response, () -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("actionError", refused.getMessage());
                model.addAttribute("reply", keptReply);
                return "portal/inquiry";
            });
        }
    }

    private static void refuse(HttpServletResponse response, TooManyRequestsException tooMany) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
    }

    private String withInquiry(String code, HttpServletRequest request, Model model, HttpServletResponse response,
                               Supplier<String> page) {
        String token = InquiryAccessCookie.read(request);
        if (token == null || !CODE_FORMAT.matcher(code).matches()) {
            return notFound(model, response);
        }
        InquiryView view;
        try {
            view = customerInquiries.view(code, token);
        } catch (InquiryNotFoundException unknown) {
            return notFound(model, response);
        }
        model.addAttribute("inquiry", view);
        model.addAttribute("statusLabel", STATUS_LABELS.getOrDefault(view.status(), view.status()));
        model.addAttribute("expectedBy", view.expectedFirstResponseBy() == null ? null : korean(view.expectedFirstResponseBy()));
        model.addAttribute("times", view.messages().stream().map(m -> korean(m.at())).toList());
        // The survey opens through this inquiry's page, which hands the survey page its cookie.
        model.addAttribute("surveyLink", view.surveyUrl() == null ? null : InquiryAccessCookie.path(code) + "/survey");
        InquiryStatus status = InquiryStatus.valueOf(view.status());
        model.addAttribute("active", status.isActive());
        // A resolved inquiry may still get a person: the answer may not have helped.
        model.addAttribute("canAskForAgent", status.isActive() || status == InquiryStatus.RESOLVED);
        List<Attachment> files = attachments.ofInquiryCode(view.code());
        model.addAttribute("attachments", files);
        addUploadLimits(model);
        return page.get();
    }

    private String showForm(NewInquiryForm form, Map<String, String> typeValues, Map<String, String> fieldErrors,
                            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("typeFields", typeForms.fieldsOf(form.getCategory()));
        model.addAttribute("typeValues", typeValues);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("categories", PortalController.categories());
        addUploadLimits(model);
        return "portal/inquiry-new";
    }

    private void addUploadLimits(Model model) {
        model.addAttribute("accept", attachments.accept());
        model.addAttribute("filesHelp", attachments.acceptedDescription() + "을 " + attachments.maxCount()
                + "개까지, 파일 하나에 " + attachments.maxSizeLabel() + "까지 첨부할 수 있습니다.");
    }

    private String korean(Instant at) {
        return KOREAN_TIME.format(at.atZone(properties.zone()));
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("title", "문의를 찾을 수 없습니다");
        model.addAttribute("message", "링크가 올바르지 않거나 만료되었습니다. 접수 안내 메일의 링크를 그대로 열어 주세요.");
        return "portal/not-found";
    }
}
