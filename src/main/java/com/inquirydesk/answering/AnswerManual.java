package com.inquirydesk.answering;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.survey.CannedResponse;
import com.inquirydesk.survey.CannedResponseRepository;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal manual: the canned replies and handling notes supervisors kept from best answers, searched
 * with the same Korean analysis as everything else (so "환불이 안 돼요" finds the entry about 환불).
 * A word in the title counts twice as much as one in the body; entries of the asked category come first
 * among equals, then the newest.
 */
@Service
public class AnswerManual {

    static final int TITLE_WEIGHT = 2;

    private final CannedResponseRepository responses;
    private final KoreanTextAnalysis text;
    /** Entries are never edited, only added: their keywords are worked out once. */
    private final Map<Long, Keywords> keywords = new ConcurrentHashMap<>();

    public AnswerManual(CannedResponseRepository responses, KoreanTextAnalysis text) {
        this.responses = responses;
        this.text = text;
    }

    private record Keywords(Set<String> title, Set<String> body) {
    }

    private record Scored(CannedResponse response, int score) {
    }

    /** Entries matching the words of {@code query} (all entries, newest first, when it is blank). */
    @Transactional(readOnly = true)
    public List<ManualEntry> search(String query, Category category, int limit) {
        List<CannedResponse> all = responses.findAll(Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        if (query == null || query.isBlank()) {
            return all.stream().filter(response -> category == null || category.name().equals(response.getCategory()))
                    .limit(limit).map(ManualEntry::of).toList();
        }
        return ranked(all, Set.copyOf(text.keywords(query)), category, limit);
    }

    /** The entries that may answer a customer's text: ranked by the text's most telling words. */
    @Transactional(readOnly = true)
    public List<ManualEntry> suggestFor(String customerText, Category category, int limit) {
        Set<String> words = text.topKeywords(List.of(customerText), 10).keySet();
        return ranked(responses.findAll(Sort.by(Sort.Direction.DESC, "createdAt", "id")), words, category, limit);
    }

    @Transactional(readOnly = true)
    public Optional<ManualEntry> entry(long id) {
        return responses.findById(id).map(ManualEntry::of);
    }

    private List<ManualEntry> ranked(List<CannedResponse> all, Set<String> words, Category category, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        return all.stream()
                .map(response -> new Scored(response, score(response, words)))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(scored -> category != null && category.name().equals(scored.response().getCategory()) ? 0 : 1))
                .limit(limit)
                .map(scored -> ManualEntry.of(scored.response()))
                .toList();
    }

    private int score(CannedResponse response, Set<String> words) {
        Keywords own = keywords.computeIfAbsent(response.getId(), id -> new Keywords(
                Set.copyOf(text.keywords(response.getTitle() == null ? "" : response.getTitle())),
                Set.copyOf(text.keywords(response.getBody() == null ? "" : response.getBody()))));
        Set<String> inTitle = new HashSet<>(words);
        inTitle.retainAll(own.title());
        Set<String> inBody = new HashSet<>(words);
        inBody.retainAll(own.body());
        return TITLE_WEIGHT * inTitle.size() + inBody.size();
    }
}
