package com.inquirydesk.text;

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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Reads Korean customer text with Lucene's Korean morphological analyser (Nori) and the one curated
 * lexicon (text/korean-lexicon.tsv): whether the customer is upset (discomfort), whether a comment is a
 * complaint, its tone, the category it is about, and its keywords.
 *
 * <p>Matching whole morphemes instead of substrings is what keeps look-alikes calm: 전화나 / 대화나 / 영화나
 * are a noun plus the particle 나, while 화나요 / 화났어요 / 화가 나서 all carry 화나 or 화 + 나. A negator
 * next to an entry (불편하지 않아요, 짜증 안 나요, 안 좋아요, 불만 없어요) turns it around.
 */
@Component
public class KoreanTextAnalysis {

    private static final Set<POS.Tag> KEYWORD_TAGS = Set.of(
            POS.Tag.NNG, POS.Tag.NNP, POS.Tag.VV, POS.Tag.VA, POS.Tag.XR, POS.Tag.SL);
    /** Entries whose parts are apart ("화가 나서") may have this many morphemes between them. */
    private static final int MAX_GAP = 2;
    /** How far after an entry a negator may stand (불편 + 하 + 지 + 않). */
    private static final int NEGATOR_REACH = 5;
    /** From this many texts {@link #topKeywords} analyses them in parallel. */
    private static final int PARALLEL_FROM = 1000;

    private final Lexicon lexicon;

    public KoreanTextAnalysis() {
        this.lexicon = Lexicon.load();
    }

    /** True when any of the texts shows the customer is upset: a frustrated word that is not negated, or a sad or angry emoticon. */
    public boolean discomfort(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String normalised = normalise(text);
            boolean upset = matches(morphemes(normalised), lexicon.toneEntries()).stream()
                    .anyMatch(match -> match.entry().kind() == Lexicon.Kind.UPSET && !match.negated());
            if (upset || lexicon.emoticons().stream()
                    .anyMatch(emoticon -> emoticon.weight() < 0 && emoticon.pattern().matcher(normalised).find())) {
                return true;
            }
        }
        return false;
    }

    /** True when a (survey) comment complains in words: upset or a grievance, not negated. Emoticons alone are no complaint. */
    public boolean complaint(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return matches(morphemes(normalise(text)), lexicon.toneEntries()).stream()
                .anyMatch(match -> match.entry().kind() != Lexicon.Kind.TONE && !match.negated());
    }

    /**
     * The tone from the weights of the entries and emoticons found. A negated praise counts against
     * (안 좋아요); a negated grievance counts as nothing (불편하지 않아요 is no praise).
     */
    public Tone sentiment(String text) {
        if (text == null || text.isBlank()) {
            return Tone.NEUTRAL;
        }
        String normalised = normalise(text);
        int score = 0;
        for (Lexicon.Emoticon emoticon : lexicon.emoticons()) {
            Matcher matcher = emoticon.pattern().matcher(normalised);
            while (matcher.find()) {
                score += emoticon.weight();
            }
        }
        for (Match match : matches(morphemes(normalised), lexicon.toneEntries())) {
            int weight = match.entry().weight();
            score += !match.negated() ? weight : weight > 0 ? -weight : 0;
        }
        return score < 0 ? Tone.NEGATIVE : score > 0 ? Tone.POSITIVE : Tone.NEUTRAL;
    }

    /**
     * The category label (as the lexicon names it) whose terms occur most often, the subject counting
     * double; empty when no term occurs. Ties go to the category listed first in the lexicon.
     */
    public Optional<String> suggestCategory(String subject, String body) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        lexicon.categoryLabels().forEach(label -> scores.put(label, 0));
        for (Match match : matches(morphemes(normalise(subject)), lexicon.categoryEntries())) {
            scores.merge(match.entry().label(), 2, Integer::sum);
        }
        for (Match match : matches(morphemes(normalise(body)), lexicon.categoryEntries())) {
            scores.merge(match.entry().label(), 1, Integer::sum);
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The category labels the lexicon can suggest. */
    public Set<String> categoryLabels() {
        return Set.copyOf(lexicon.categoryLabels());
    }

    /**
     * Keywords in reading order: nouns, roots and the stems of verbs and adjectives, so that "환불이 안돼요",
     * "환불은 언제" and "환불해주세요" all give 환불. Particles, endings, adverbs and stop words are left out.
     */
    public List<String> keywords(String text) {
        Set<String> keywords = new LinkedHashSet<>();
        for (Morpheme morpheme : morphemes(normalise(text))) {
            if (KEYWORD_TAGS.contains(morpheme.tag()) && !lexicon.isStopWord(morpheme.term())) {
                keywords.add(morpheme.term());
            }
        }
        return List.copyOf(keywords);
    }

    /**
     * In how many texts each keyword occurs (once per text, so one customer repeating a word does not
     * outweigh several customers), the most frequent first and ties in alphabetical order.
     */
    public Map<String, Long> topKeywords(Collection<String> texts, int limit) {
        // Many texts (a week of survey comments) are analysed on every core; the counts do not depend on the order.
        Stream<String> stream = texts.size() >= PARALLEL_FROM ? texts.parallelStream() : texts.stream();
        Map<String, Long> counts = stream.flatMap(text -> keywords(text).stream())
                .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, limit))
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private record Match(Lexicon.Entry entry, boolean negated) {
    }

    /** Left to right, the longest entry at each position; a matched span is not read again. */
    private List<Match> matches(List<Morpheme> morphemes, List<Lexicon.Entry> entries) {
        List<Match> found = new ArrayList<>();
        int at = 0;
        while (at < morphemes.size()) {
            int next = at + 1;
            for (Lexicon.Entry entry : entries) {
                int end = matchEnd(morphemes, at, entry);
                if (end >= 0) {
                    found.add(new Match(entry, negatedInside(morphemes, at, end, entry)
                            || negatedBefore(morphemes, at) || negatedAfter(morphemes, end)));
                    next = end + 1;
                    break;
                }
            }
            at = next;
        }
        return found;
    }

    /** The index of the entry's last morpheme when it matches from {@code start}, otherwise -1. */
    private static int matchEnd(List<Morpheme> morphemes, int start, Lexicon.Entry entry) {
        List<Lexicon.Element> elements = entry.elements();
        if (!elements.get(0).matches(morphemes.get(start))) {
            return -1;
        }
        int position = start;
        for (int e = 1; e < elements.size(); e++) {
            Lexicon.Element element = elements.get(e);
            int reach = element.adjacent() ? 1 : MAX_GAP + 1;
            int found = -1;
            for (int candidate = position + 1; candidate <= position + reach && candidate < morphemes.size(); candidate++) {
                if (element.matches(morphemes.get(candidate))) {
                    found = candidate;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    /** 화가 안 나요: a negator between the parts of an entry that are apart. */
    private boolean negatedInside(List<Morpheme> morphemes, int start, int end, Lexicon.Entry entry) {
        if (entry.elements().size() < 2) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            Morpheme morpheme = morphemes.get(i);
            if (lexicon.isNegator(morpheme) && entry.elements().stream().noneMatch(e -> e.matches(morpheme))) {
                return true;
            }
        }
        return false;
    }

    /** 안 좋아요, 안 불편해요. */
    private boolean negatedBefore(List<Morpheme> morphemes, int start) {
        return start > 0 && morphemes.get(start - 1).tag() == POS.Tag.MAG && lexicon.isNegator(morphemes.get(start - 1));
    }

    /** 불편하지 않아요, 짜증 안 나요, 불만은 없습니다, 해결이 안 됐어요: past particles, endings and light verbs. */
    private boolean negatedAfter(List<Morpheme> morphemes, int end) {
        for (int i = end + 1; i < morphemes.size() && i <= end + NEGATOR_REACH; i++) {
            Morpheme morpheme = morphemes.get(i);
            if (lexicon.isNegator(morpheme)) {
                return true;
            }
            if (!morpheme.isParticleOrEnding() && !lexicon.isLight(morpheme)) {
                return false;
            }
        }
        return false;
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Every morpheme in reading order, particles and endings included (negation needs 안, 않, 없). */
    private static List<Morpheme> morphemes(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        // NONE keeps compounds whole: 불친절 must not become 불 + 친절 (친절 would read as praise), and
        // 상담원 is a better keyword than its halves. Inflected words are split below instead.
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                null, KoreanTokenizer.DecompoundMode.NONE, false)) {
            tokenizer.setReader(new StringReader(text));
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
