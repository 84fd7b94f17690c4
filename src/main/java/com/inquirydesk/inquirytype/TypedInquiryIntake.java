package com.inquirydesk.inquirytype;

import com.inquirydesk.inquiry.InquiryFieldValue;
import com.inquirydesk.inquiry.InquiryFieldValueRepository;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.intake.InquiryCreated;
import com.inquirydesk.intake.IntakeService;
import com.inquirydesk.intake.NewInquiryRequest;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An inquiry with the answers to its type's extra fields: both are stored together or not at all. */
@Service
public class TypedInquiryIntake {

    private final IntakeService intake;
    private final InquiryRepository inquiries;
    private final InquiryFieldValueRepository fieldValues;

    public TypedInquiryIntake(IntakeService intake, InquiryRepository inquiries, InquiryFieldValueRepository fieldValues) {
        this.intake = intake;
        this.inquiries = inquiries;
        this.fieldValues = fieldValues;
    }

    @Transactional
    public InquiryCreated receive(NewInquiryRequest request, List<InquiryTypeForms.Answer> answers, String sourceAddress) {
        InquiryCreated created = intake.receive(request, null, sourceAddress).created();
        long inquiryId = inquiries.findByCode(created.code()).orElseThrow().getId();
        for (int i = 0; i < answers.size(); i++) {
            InquiryTypeForms.Answer answer = answers.get(i);
            fieldValues.save(new InquiryFieldValue(inquiryId, i, answer.key(), answer.label(), answer.value()));
        }
        return created;
    }
}
