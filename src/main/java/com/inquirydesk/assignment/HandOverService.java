package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records why an inquiry left one group for another, for the next agent and for auditors. */
@Service
public class HandOverService {

    private final InquiryService inquiries;

    public HandOverService(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Transactional
    public void handOver(long inquiryId, String fromGroup, String toGroup, String byAgent) {
        inquiries.addNote(inquiryId, "%s → %s 이관 (%s)".formatted(fromGroup, toGroup, byAgent == null ? "시스템" : byAgent),
                byAgent);
    }
}
