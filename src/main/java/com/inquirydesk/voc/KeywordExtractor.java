package com.inquirydesk.voc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Keywords of Korean customer text with Lucene's Korean morphological analyser (Nori): nouns, roots and the
 * stems of verbs and adjectives, so that "환불이 안돼요", "환불은 언제" and "환불해주세요" all count as 환불.
 * Particles, endings, adverbs and a few stems that carry no topic (하다, 되다, 있다 …) are left out.
 */
@Component
public class KeywordExtractor {

    /** A morpheme as Nori read it: its dictionary form (the stem for a verb or adjective) and its tag. */
    public record Morpheme(String term, POS.Tag tag) {
    }

    private static final Set<POS.Tag> KEPT = Set.of(
            POS.Tag.NNG, POS.Tag.NNP, POS.Tag.VV, POS.Tag.VA, POS.Tag.XR, POS.Tag.SL);

    // Stems and nouns that occur in almost every sentence and would crowd the top of any ranking, and the
    // nouns of time and place (날, 안, 뒤 …) that only frame what the customer is talking about.
    private static final Set<String> STOP_WORDS = Set.of(
            "하", "되", "있", "없", "같", "주", "오", "가", "보", "받", "드리", "싶", "그렇", "이렇", "어떻", "저렇", "나",
            "것", "때", "등", "중", "정도", "경우", "부분", "번", "말씀", "생각", "좀", "이번", "지금",
            "날", "안", "뒤", "후", "전", "내");

    public List<String> keywords(String text) {
        Set<String> keywords = new LinkedHashSet<>();
        for (Morpheme morpheme : morphemes(text)) {
            if (KEPT.contains(morpheme.tag()) && !STOP_WORDS.contains(morpheme.term())) {
                keywords.add(morpheme.term());
            }
        }
        return List.copyOf(keywords);
    }

    /**
     * Counts in how many texts each keyword occurs (once per text, so one customer repeating a word does not
     * outweigh several customers), the most frequent first and ties in alphabetical order.
     */
    public Map<String, Long> topKeywords(Collection<String> texts, int limit) {
        Map<String, Long> counts = new HashMap<>();
        for (String text : texts) {
            for (String keyword : keywords(text)) {
                counts.merge(keyword, 1L, Long::sum);
            }
        }
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, limit))
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    /** Every morpheme of the text in reading order, particles and endings included (sentiment needs 안/못). */
    public List<Morpheme> morphemes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // NONE keeps compounds whole: 불친절 must not become 불 + 친절 (친절 would read as praise), and
        // 상담원 or 비밀번호 are better keywords than their halves. Inflected words are split below instead.
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                null, KoreanTokenizer.DecompoundMode.NONE, false)) {
            tokenizer.setReader(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC)));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            List<Morpheme> morphemes = new ArrayList<>();
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                Dictionary.Morpheme[] parts = pos.getMorphemes();
                if (pos.getPOSType() == POS.Type.INFLECT && parts != null) {
                    // 느려요 is 느리/VA + 어요/E: the stem is the first part, not the surface form.
                    for (Dictionary.Morpheme part : parts) {
                        morphemes.add(new Morpheme(part.surfaceForm, part.posTag));
                    }
                } else {
                    String surface = term.toString();
                    POS.Tag tag = pos.getLeftPOS();
                    morphemes.add(new Morpheme(tag == POS.Tag.SL ? surface.toLowerCase(Locale.ROOT) : surface, tag));
                }
            }
            tokenizer.end();
            return morphemes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
