package com.inquirydesk.attachment;

import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import com.inquirydesk.system.TimeSource;
import org.springframework.stereotype.Component;

/** Erasure on request and the purge of closed inquiries take the files' bytes and names; type, size and times stay. */
@Component
class AttachmentEraser implements CustomerDataEraser {

    private final AttachmentStore store;
    private final TimeSource time;

    AttachmentEraser(AttachmentStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public void erase(CustomerErasure erasure) {
        if (!erasure.inquiryIds().isEmpty()) {
            store.eraseOfInquiries(erasure.inquiryIds(), ERASED, time.now());
        }
    }
}
