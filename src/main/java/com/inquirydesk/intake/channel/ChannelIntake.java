package com.inquirydesk.intake.channel;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.intake.InquiryCreated;
import com.inquirydesk.intake.IntakeService;
import com.inquirydesk.intake.NewInquiryRequest;
import com.inquirydesk.customer.CustomerRepository;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which mail, chat and messenger intakes reach inquiries. It states what each
 * channel proved about the writer ({@link ChannelProof}) and lets a follow-up join an inquiry only when
 * the same proof owns it; the customer identity rules apply here and nowhere else in the channels.
 */
@Service
public class ChannelIntake {

    public static final int SUBJECT_LIMIT = 200;
    public static final int BODY_LIMIT = 20_000;

    private final IntakeService intake;
    private final InquiryService inquiries;
    private final CustomerService customers;
    private final CustomerRepository customerRecords;
    private final InquiryRepository inquiryRecords;

    public ChannelIntake(IntakeService intake, InquiryService inquiries, CustomerService customers,
                         CustomerRepository customerRecords, InquiryRepository inquiryRecords) {
        this.intake = intake;
        this.inquiries = inquiries;
        this.customers = customers;
        this.customerRecords = customerRecords;
        this.inquiryRecords = inquiryRecords;
    }

    /** The proven writer's latest inquiry on this channel that still takes replies (open, or resolved and reopenable). */
    @Transactional(readOnly = true)
    public Optional<Inquiry> ongoing(ChannelProof proof, Channel channel) {
        Optional<Customer> customer = proof.kind() == ChannelProof.Kind.VERIFIED_EMAIL
                ? customerRecords.findByEmail(proof.value()) : customerRecords.findByExternalId(proof.value());
        return customer.flatMap(found -> inquiryRecords.findByCustomerIdAndIdNotOrderByCreatedAtDesc(found.getId(), -1L)
                .stream()
                .filter(inquiry -> inquiry.getChannel() == channel)
                .filter(inquiry -> inquiry.getStatus().isActive() || inquiry.getStatus() == InquiryStatus.RESOLVED)
                .findFirst());
    }

    /** Opens an inquiry for the proven writer; subject and body must already fit the limits. */
    @Transactional
    public InquiryCreated open(ChannelProof proof, Channel channel, String name, Category category, String subject,
                               String body, String sourceAddress) {
        String email = proof.kind() == ChannelProof.Kind.VERIFIED_EMAIL ? proof.value() : null;
        String externalId = proof.kind() == ChannelProof.Kind.VERIFIED_EMAIL ? null : proof.value();
        var contact = new NewInquiryRequest.CustomerContact(email, null, shorten(name, 100), externalId);
        var request = new NewInquiryRequest(channel, contact, category, fitSubject(subject), body, "ko");
        return intake.receive(request, null, sourceAddress, true).created();
    }

    /** A follow-up on the same channel joins the inquiry only when the writer proves to be its customer. */
    @Transactional(readOnly = true)
    public boolean owns(ChannelProof proof, Inquiry inquiry) {
        Customer customer = customers.get(inquiry.getCustomerId());
        return switch (proof.kind()) {
            case VERIFIED_EMAIL -> customer.getEmail() != null
                    && customer.getEmail().toLowerCase(Locale.ROOT).equals(proof.value());
            case VERIFIED_EXTERNAL_ID, SESSION_ONLY -> proof.value().equals(customer.getExternalId());
        };
    }

    @Transactional
    public Inquiry reply(ChannelProof proof, Inquiry inquiry, Channel channel, String body) {
        if (!owns(proof, inquiry)) {
            throw new IllegalArgumentException("the writer does not own inquiry " + inquiry.getCode());
        }
        return inquiries.receiveCustomerReply(inquiry, channel, body);
    }

    static String fitSubject(String subject) {
        String text = subject == null || subject.isBlank() ? "(제목 없음)" : subject.strip().replaceAll("\\s+", " ");
        return shorten(text, SUBJECT_LIMIT);
    }

    private static String shorten(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
