package com.inquirydesk.triage;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an inquiry's text before anyone works on it: discomfort, category, duplicates, priority. */
@Service
public class TriageService {

    private final InquiryService inquiries;
    private final KoreanTextAnalysis text;
    private final DuplicateDetector duplicates;

    public TriageService(InquiryService inquiries, KoreanTextAnalysis text,
                         DuplicateDetector duplicates) {
        this.inquiries = inquiries;
        this.text = text;
        this.duplicates = duplicates;
    }

    @Transactional
    public Analysis analyse(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry.getCategory() == null) {
            inquiry.suggestCategory(text.suggestCategory(inquiry.getSubject(), inquiry.getBody())
                    .map(Category::valueOf).orElse(Category.GENERAL));
        }
        inquiry.markDiscomfort(text.discomfort(inquiry.getSubject(), inquiry.getBody()));
        Optional<Inquiry> duplicate = duplicates.findOpenDuplicate(inquiry);
        return new Analysis(inquiry.getCategory().name(), inquiry.isDiscomfort(),
                duplicate.map(Inquiry::getId).orElse(null), duplicate.map(Inquiry::getCode).orElse(null));
    }

    /** Keeps the DMN's verdict on the inquiry. */
    @Transactional
    public void recordTriage(long inquiryId, Priority priority, String slaPolicy) {
        inquiries.get(inquiryId).applyTriage(priority, slaPolicy);
    }

    public record Analysis(String category, boolean discomfort, Long duplicateOfId, String duplicateOfCode) {
    }
}
