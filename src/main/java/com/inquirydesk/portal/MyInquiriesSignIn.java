package com.inquirydesk.portal;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerRepository;
import com.inquirydesk.inquiry.AccessTokens;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryAccessKeys;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxRepository;
import com.inquirydesk.notification.Transport;
import com.inquirydesk.security.KeyedBuckets;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My inquiries": a customer proves an e-mail address by opening a one-time link sent to it, and then sees
 * every inquiry of the customer with that address. The answer to a request never tells whether the address
 * is known; only a known address gets a mail.
 */
@Service
class MyInquiriesSignIn {

    static final String TEMPLATE = "MY_INQUIRIES_SIGN_IN";
    /** Stands in the queued mail for the sign-in link, which is issued only when the mail leaves. */
    static final String LINK_PLACEHOLDER = "{{sign-in-link}}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CustomerRepository customers;
    private final CustomerSignInRepository signIns;
    private final MyInquiryRows inquiries;
    private final OutboxRepository outbox;
    private final MessageTemplateService templates;
    private final AuditService audit;
    private final InquiryAccessKeys accessKeys;
    private final TimeSource time;
    private final InquiryDeskProperties desk;
    private final MyInquiriesProperties properties;
    private final KeyedBuckets perAddress;

    MyInquiriesSignIn(CustomerRepository customers, CustomerSignInRepository signIns, MyInquiryRows inquiries,
                      OutboxRepository outbox, MessageTemplateService templates, AuditService audit,
                      InquiryAccessKeys accessKeys, TimeSource time, InquiryDeskProperties desk,
                      MyInquiriesProperties properties) {
        this.customers = customers;
        this.signIns = signIns;
        this.inquiries = inquiries;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.accessKeys = accessKeys;
        this.time = time;
        this.desk = desk;
        this.properties = properties;
        this.perAddress = new KeyedBuckets(properties.linksPerAddressPerHour(), Duration.ofHours(1));
    }

    /**
     * Queues the sign-in mail when a customer has this address. Empty when the request was taken (known or
     * not), otherwise how long this address must wait: the limit counts every address alike, so it tells nothing.
     */
    @Transactional
    public Optional<Duration> requestLink(String email, String sourceAddress) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = perAddress.take(address);
        if (wait.isPresent()) {
            return wait;
        }
        customers.findByEmail(address).ifPresent(customer -> sendLink(customer, address, sourceAddress));
        return Optional.empty();
    }

    private void sendLink(Customer customer, String address, String sourceAddress) {
        Instant now = time.now();
        // The outbox (which staff can read) holds a placeholder; the row's token is replaced by a fresh one,
        // whose hash alone is kept, when the mail is delivered (SignInLinkPlaceholder).
        CustomerSignIn link = signIns.save(new CustomerSignIn(CustomerSignIn.LINK, AccessTokens.hash(newToken()),
                customer.getId(), now, now.plus(properties.linkLifetime())));
        String text = templates.render(TEMPLATE, customer.getLocale(), Map.of(
                "link", LINK_PLACEHOLDER,
                "minutes", Long.toString(properties.linkLifetime().toMinutes())));
        OutboxMessage mail = new OutboxMessage(null, Channel.EMAIL, Transport.EMAIL, address, TEMPLATE, text, now);
        mail.setSubject("[고객센터] 내 문의 확인 링크");
        link.sentAs(outbox.save(mail).getId());
        audit.record(AuditService.CUSTOMER, sourceAddress, "MY_INQUIRIES_LINK_SENT", customer.getId(), "customer",
                customer.getId().toString(), null);
    }

    /** Exchanges an unused, unexpired link for a session token; the link is spent either way it is used. */
    @Transactional
    public Optional<String> signIn(String linkToken, String sourceAddress) {
        if (linkToken == null || linkToken.isBlank() || linkToken.length() > 100) {
            return Optional.empty();
        }
        String hash = AccessTokens.hash(linkToken);
        Instant now = time.now();
        if (signIns.consume(hash, now) != 1) {
            return Optional.empty();
        }
        long customerId = signIns.findByTokenHashAndKind(hash, CustomerSignIn.LINK).orElseThrow().getCustomerId();
        String session = newToken();
        signIns.save(new CustomerSignIn(CustomerSignIn.SESSION, AccessTokens.hash(session), customerId, now,
                now.plus(properties.sessionLifetime())));
        audit.record(AuditService.CUSTOMER, sourceAddress, "MY_INQUIRIES_SIGNED_IN", customerId, "customer",
                Long.toString(customerId), null);
        return Optional.of(session);
    }

    /** The customer whose session this is, while it lasts. */
    @Transactional(readOnly = true)
    public Optional<Long> customerOf(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank() || sessionToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = time.now();
        return signIns.findByTokenHashAndKind(AccessTokens.hash(sessionToken), CustomerSignIn.SESSION)
                .filter(session -> session.getExpiresAt().isAfter(now))
                .map(CustomerSignIn::getCustomerId);
    }

    /** Every inquiry of the signed-in customer's address, newest first. */
    @Transactional(readOnly = true)
    public List<Inquiry> inquiriesOf(long customerId) {
        return inquiries.forAddressOf(customerId);
    }

    /** A key to the inquiry, for its page's cookie, when it belongs to the signed-in customer; it lasts a session. */
    @Transactional
    public Optional<String> accessTokenFor(long customerId, String code) {
        return inquiries.forAddressOf(customerId).stream()
                .filter(inquiry -> inquiry.getCode().equals(code))
                .findFirst()
                .map(inquiry -> accessKeys.issue(inquiry.getId(), InquiryAccessKeys.SIGNED_IN,
                        properties.sessionLifetime()));
    }

    /** The sign-in link of a mail that is leaving now: a fresh token, valid for the link's lifetime. */
    @Transactional
    public Optional<String> issueLink(long outboxId) {
        return signIns.findByOutboxIdAndKindAndUsedAtIsNull(outboxId, CustomerSignIn.LINK).map(link -> {
            String token = newToken();
            link.issuedAt(AccessTokens.hash(token), time.now(), properties.linkLifetime());
            return desk.publicBaseUrl() + MyInquiriesController.SIGN_IN_PATH + "?t=" + token;
        });
    }

    @Transactional
    public void signOut(String sessionToken) {
        if (sessionToken != null && sessionToken.length() <= 100) {
            signIns.findByTokenHashAndKind(AccessTokens.hash(sessionToken), CustomerSignIn.SESSION).ifPresent(signIns::delete);
        }
    }

    Duration linkLifetime() {
        return properties.linkLifetime();
    }

    Duration sessionLifetime() {
        return properties.sessionLifetime();
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
