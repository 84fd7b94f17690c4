package com.inquirydesk.audit.timeline;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merges the engine's history and the service's own records of an inquiry into one list, oldest first. */
@Service
public class TimelineService {

    private final InquiryService inquiries;
    private final EngineHistoryEntries engine;
    private final ServiceEventEntries service;
    private final AccessLog accessLog;

    TimelineService(InquiryService inquiries, EngineHistoryEntries engine, ServiceEventEntries service,
                    AccessLog accessLog) {
        this.inquiries = inquiries;
        this.engine = engine;
        this.service = service;
        this.accessLog = accessLog;
    }

    /** Reading a timeline is itself an access to the customer's data and is recorded first. */
    @Transactional
    public InquiryTimeline timeline(String code, String staffUser, String sourceAddress, AccessVia via) {
        Inquiry inquiry = inquiries.getByCode(code);
        accessLog.record(staffUser, sourceAddress, AccessAction.READ, inquiry.getCustomerId(), "timeline " + code, via);
        List<TimelineEntry> entries = new ArrayList<>(service.of(inquiry.getId(), code));
        entries.addAll(engine.of(code));
        entries.sort(TimelineEntry.BY_TIME);
        return new InquiryTimeline(inquiry.getCode(), inquiry.getStatus().name(),
                inquiry.getCustomerId(), entries);
    }
}
