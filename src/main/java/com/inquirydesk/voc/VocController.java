package com.inquirydesk.voc;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recent VOC items for supervisors and reviewers (staff login). */
@RestController
@RequestMapping("/api/v1/voc")
class VocController {

    private final VocService voc;
    private final InquiryRepository inquiries;

    VocController(VocService voc, InquiryRepository inquiries) {
        this.voc = voc;
        this.inquiries = inquiries;
    }

    @GetMapping("/items")
    List<VocItemView> items(@RequestParam(required = false) VocStatus status,
                            @RequestParam(required = false) Category category,
                            @RequestParam(defaultValue = "50") int limit) {
        List<VocItem> items = voc.recent(status, category, limit);
        Map<Long, String> codes = inquiries.findAllById(items.stream().map(VocItem::getInquiryId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Inquiry::getId, Inquiry::getCode));
        return items.stream().map(item -> VocItemView.of(item, codes.get(item.getInquiryId()))).toList();
    }
}
