package com.inquirydesk.intake;

import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.survey.SurveyAnswerRequest;
import com.inquirydesk.survey.SurveyAnswered;
import com.inquirydesk.system.TransientFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer side of an inquiry: write in, read the conversation, reply, ask for a person, end it. */
@RestController
@RequestMapping("/api/v1/inquiries")
class InquiryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ACCESS_TOKEN = "X-Access-Token";

    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final Pattern CODE_FORMAT = Pattern.compile("INQ-\\d{8}-\\d{6}");

    private final IdempotentIntake intake;
    private final CustomerInquiryService customerInquiries;

    InquiryController(IdempotentIntake intake, CustomerInquiryService customerInquiries) {
        this.intake = intake;
        this.customerInquiries = customerInquiries;
    }

    @PostMapping
    ResponseEntity<InquiryCreated> create(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                          @Valid @RequestBody NewInquiryRequest request, HttpServletRequest http) {
        if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidHeaderException(IDEMPOTENCY_KEY, "1~100자의 공백 없는 ASCII 문자여야 합니다");
        }
        IntakeService.Intake result = intake.submit(request, idempotencyKey, http.getRemoteAddr());
        InquiryCreated created = result.created();
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/inquiries/" + created.code()))
                .body(created);
    }

    @GetMapping("/{code}")
    InquiryView read(@PathVariable String code, @RequestHeader(name = ACCESS_TOKEN, required = false) String token) {
        return customerInquiries.view(checkedCode(code), requireToken(token));
    }

    @PostMapping("/{code}/messages")
    ResponseEntity<Map<String, String>> reply(@PathVariable String code,
                                              @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                              @Valid @RequestBody CustomerReplyRequest request) {
        var inquiry = TransientFailures.retry("customer reply",
                () -> customerInquiries.reply(checkedCode(code), requireToken(token), request.body()));
        return ResponseEntity.accepted().body(Map.of("code", inquiry.getCode(), "status", inquiry.getStatus().name()));
    }

    @PostMapping("/{code}/agent-request")
    ResponseEntity<AgentRequestAccepted> requestAgent(@PathVariable String code,
                                                      @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                                      HttpServletRequest http) {
        return ResponseEntity.accepted().body(
                customerInquiries.requestAgent(checkedCode(code), requireToken(token), http.getRemoteAddr()));
    }

    @PostMapping("/{code}/self-resolved")
    ResponseEntity<Map<String, String>> selfResolved(@PathVariable String code,
                                                     @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                                     @Valid @RequestBody(required = false) SelfResolvedRequest request,
                                                     HttpServletRequest http) {
        // Like a reply, this may meet an engine job working on the same inquiry at that moment: try again.
        var inquiry = TransientFailures.retry("self-resolved", () -> customerInquiries.resolvedBySelfService(
                checkedCode(code), requireToken(token), request == null ? null : request.articleSlug(), http.getRemoteAddr()));
        return ResponseEntity.accepted().body(Map.of("code", inquiry.getCode(), "status", inquiry.getStatus().name()));
    }

    @PostMapping("/{code}/withdraw")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable String code,
                                                 @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                                 @Valid @RequestBody(required = false) WithdrawRequest request,
                                                 HttpServletRequest http) {
        var inquiry = TransientFailures.retry("withdrawal", () -> customerInquiries.withdraw(checkedCode(code),
                requireToken(token), request == null ? null : request.reason(), http.getRemoteAddr()));
        return ResponseEntity.accepted().body(Map.of("code", inquiry.getCode(), "status", inquiry.getStatus().name()));
    }

    @PostMapping("/{code}/survey")
    ResponseEntity<SurveyAnswered> answerSurvey(@PathVariable String code,
                                                @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                                @Valid @RequestBody SurveyAnswerRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(
                customerInquiries.answerSurvey(checkedCode(code), requireToken(token), request, http.getRemoteAddr()));
    }

    private static String checkedCode(String code) {
        if (!CODE_FORMAT.matcher(code).matches()) {
            throw new InquiryNotFoundException(code.length() > 40 ? code.substring(0, 40) : code);
        }
        return code;
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new MissingAccessTokenException();
        }
        return token;
    }
}
