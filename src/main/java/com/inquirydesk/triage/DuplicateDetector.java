package com.inquirydesk.triage;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.system.InquiryDeskProperties;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A customer who gets no answer on one channel often asks again on another. Such a second inquiry
 * (same customer, another channel, similar subject, while the first is open and within the window)
 * is merged so that one agent answers once.
 */
@Component
public class DuplicateDetector {

    private final InquiryRepository inquiries;
    private final InquiryDeskProperties properties;

    public DuplicateDetector(InquiryRepository inquiries, InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.properties = properties;
    }

    public Optional<Inquiry> findOpenDuplicate(Inquiry candidate) {
        var intake = properties.intake();
        return inquiries.findByCustomerIdAndStatusInAndCreatedAtAfterAndIdNotOrderByCreatedAtDesc(
                        candidate.getCustomerId(), InquiryStatus.ACTIVE,
                        candidate.getCreatedAt().minus(intake.duplicateWindow()), candidate.getId())
                .stream()
                .filter(open -> open.getChannel() != candidate.getChannel())
                .filter(open -> similarity(open.getSubject(), candidate.getSubject()) >= intake.duplicateSimilarity())
                .findFirst();
    }

    /** Dice coefficient over character bigrams, spaces and punctuation ignored: robust to Korean spacing. */
    static double similarity(String a, String b) {
        Set<String> left = bigrams(a);
        Set<String> right = bigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return 2.0 * common.size() / (left.size() + right.size());
    }

    private static Set<String> bigrams(String text) {
        String compact = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase()
                .replaceAll("[\\s\\p{Punct}]+", "");
        Set<String> grams = new HashSet<>();
        int[] points = compact.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        if (points.length == 1) {
            grams.add(compact);
        }
        return grams;
    }
}
