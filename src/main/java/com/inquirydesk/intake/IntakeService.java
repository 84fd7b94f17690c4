package com.inquirydesk.intake;

import com.inquirydesk.inquiry.AccessTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.ContactDetails;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.customer.PossibleSameCustomers;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryCodeGenerator;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.knowledge.Acknowledgement;
import com.inquirydesk.knowledge.AcknowledgementService;
import com.inquirydesk.knowledge.ArticleLinks;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.PersonalDataMasker;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a new inquiry in: the customer, the inquiry row and the started process commit together, so
 * an acknowledged inquiry is never lost and a failed one leaves nothing half-made. The answer (acknowledgement
 * wording, suggested articles) is composed after that commit from the inquiry as committed, so the database
 * connection and the new rows are not held while articles are searched.
 */
@Service
public class IntakeService {

    private final InquiryRepository inquiries;
    private final InquiryService inquiryService;
    private final CustomerService customers;
    private final InquiryCodeGenerator codes;
    private final AccessTokens tokens;
    private final AcknowledgementService acknowledgements;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final ObjectMapper json;
    private final TimeSource time;
    private final InquiryDeskProperties properties;
    private final PossibleSameCustomers possiblySame;
    private final TransactionTemplate transaction;

    public IntakeService(InquiryRepository inquiries, InquiryService inquiryService, CustomerService customers,
                         InquiryCodeGenerator codes, AccessTokens tokens, AcknowledgementService acknowledgements,
                         AuditService audit, RuntimeService runtime, ObjectMapper json, TimeSource time,
                         InquiryDeskProperties properties, PossibleSameCustomers possiblySame,
                         PlatformTransactionManager transactions) {
        this.possiblySame = possiblySame;
        this.transaction = new TransactionTemplate(transactions);
        this.inquiries = inquiries;
        this.inquiryService = inquiryService;
        this.customers = customers;
        this.codes = codes;
        this.tokens = tokens;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.runtime = runtime;
        this.json = json;
        this.time = time;
        this.properties = properties;
    }

    public record Intake(InquiryCreated created, boolean replayed) {
    }

    /** Replays the earlier answer when the Idempotency-Key was seen before with the same request. */
    @Transactional(readOnly = true)
    public Optional<Intake> replay(String idempotencyKey, NewInquiryRequest request) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return inquiries.findByIdempotencyKey(idempotencyKey).map(existing -> {
            if (!existing.getRequestFingerprint().equals(fingerprint(request))) {
                throw new IdempotencyConflictException();
            }
            // The retry answers with the same token, unsealed from the idempotency record.
            return new Intake(describe(existing, tokens.unseal(existing.getAccessTokenSealed()).orElse(null)), true);
        });
    }

    /** An intake whose contact details are only claimed by the request (API, portal form). */
    public Intake receive(NewInquiryRequest request, String idempotencyKey, String sourceAddress) {
        return receive(request, idempotencyKey, sourceAddress, false);
    }

    /**
     * Takes an inquiry in. {@code proven}: the channel has proven the contact details given (a mail from the
     * address, a signed messenger user id), so the inquiry belongs to the customer they name and may be merged
     * into that customer's open inquiry. Otherwise a detail that already belongs to someone makes a customer
     * record of its own, linked to the known customer as possibly the same one.
     * Called within a transaction (a mail, a phone call), everything happens in that one.
     */
    public Intake receive(NewInquiryRequest request, String idempotencyKey, String sourceAddress, boolean proven) {
        Registered registered = transaction.execute(status -> register(request, idempotencyKey, sourceAddress, proven));
        return new Intake(describe(registered.inquiry(), registered.token()), false);
    }

    /** The committed inquiry (with what triage made of it) and the access token only this answer carries. */
    private record Registered(Inquiry inquiry, String token) {
    }

    private Registered register(NewInquiryRequest request, String idempotencyKey, String sourceAddress, boolean proven) {
        Instant now = time.now();
        var contact = request.customer();
        var details = new ContactDetails(contact.email(), contact.phone(), contact.name(), contact.externalId());
        CustomerService.Identified identified = proven
                ? new CustomerService.Identified(customers.matchOrRegister(details, request.localeOrDefault()), List.of())
                : customers.registerClaim(details, request.localeOrDefault());
        Customer customer = identified.customer();
        Inquiry inquiry = new Inquiry(codes.next(now), customer.getId(), request.channel(), request.category(),
                PersonalDataMasker.maskIdentifiers(request.subject().strip()), PersonalDataMasker.maskIdentifiers(request.body().strip()), request.localeOrDefault(), now);
        inquiry.protectWith(idempotencyKey, fingerprint(request));
        String token = AccessTokens.newToken();
        inquiry.grantAccess(AccessTokens.hash(token), idempotencyKey == null ? null : tokens.seal(token));
        inquiries.saveAndFlush(inquiry);
        possiblySame.record(inquiry.getId(), customer.getId(), identified.possiblySame());
        inquiryService.append(inquiry, MessageDirection.CUSTOMER, request.channel(), inquiry.getBody(), null);
        audit.record(AuditService.CUSTOMER, sourceAddress, "INQUIRY_RECEIVED", customer.getId(), "inquiry", inquiry.getCode(),
                "channel=" + request.channel());

        Map<String, Object> variables = new HashMap<>();
        variables.put(InquiryVariables.INQUIRY_ID, inquiry.getId());
        variables.put(InquiryVariables.INQUIRY_CODE, inquiry.getCode());
        variables.put(InquiryVariables.CUSTOMER_ID, customer.getId());
        variables.put(InquiryVariables.CHANNEL, request.channel().name());
        variables.put(InquiryVariables.CATEGORY, request.category() == null ? null : request.category().name());
        variables.put(InquiryVariables.CUSTOMER_TIER, customer.getTier());
        runtime.startProcessInstanceByKey(InquiryLifecycle.PROCESS_KEY, inquiry.getCode(), variables);
        // The delegates that ran synchronously (analysis, triage, merge) changed this same managed instance.
        return new Registered(inquiry, token);
    }

    private InquiryCreated describe(Inquiry inquiry, String token) {
        Customer customer = customers.get(inquiry.getCustomerId());
        if (inquiry.getStatus() == InquiryStatus.MERGED) {
            Inquiry target = inquiryService.get(inquiry.getMergedIntoId());
            String notice = inquiryService.conversation(inquiry.getId()).stream()
                    .filter(m -> m.getDirection() == MessageDirection.SYSTEM)
                    .reduce((first, second) -> second)
                    .map(m -> m.getBody())
                    .orElse(null);
            return new InquiryCreated(inquiry.getCode(), token, inquiry.getStatus().name(),
                    target.getPriority().name(), target.getFirstResponseDueAt(), notice,
                    acknowledgements.apologyFor(inquiry, customer),
                    List.of(), target.getCode());
        }
        Acknowledgement ack = acknowledgements.compose(inquiry, customer);
        return new InquiryCreated(inquiry.getCode(), token, inquiry.getStatus().name(), inquiry.getPriority().name(),
                ack.expectedFirstResponseBy(), ack.text(), ack.apology(),
                ack.suggestedArticles().stream().map(article -> new InquiryCreated.SuggestedArticle(article.getSlug(),
                        article.getTitle(), ArticleLinks.url(properties, article))).toList(),
                null);
    }

    private String fingerprint(NewInquiryRequest request) {
        try {
            return HexFormat.of().formatHex(AccessTokens.sha256(json.writeValueAsString(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request cannot be serialised", e);
        }
    }
}
