package com.inquirydesk.voc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;
import org.springframework.stereotype.Component;

/**
 * The tone of a Korean comment from a small lexicon of stems applied to Nori's morphemes, plus text
 * emoticons and emoji. Enough to sort survey comments for review; a reviewer reads every item anyway.
 */
@Component
public class SentimentAnalyzer {

    private static final Map<String, Integer> LEXICON = Map.ofEntries(
            Map.entry("짜증", -1), Map.entry("불편", -1), Map.entry("불만", -1), Map.entry("불친절", -1),
            Map.entry("실망", -1), Map.entry("최악", -1), Map.entry("답답", -1), Map.entry("황당", -1),
            Map.entry("엉망", -1), Map.entry("화", -1), Map.entry("늦", -1), Map.entry("느리", -1),
            Map.entry("오류", -1), Map.entry("파손", -1), Map.entry("불량", -1),
            Map.entry("나쁘", -1), Map.entry("귀찮", -1), Map.entry("싫", -1), Map.entry("어렵", -1),
            Map.entry("부족", -1), Map.entry("아쉽", -1),
            Map.entry("감사", 1), Map.entry("친절", 1), Map.entry("만족", 1), Map.entry("최고", 1),
            Map.entry("좋", 1), Map.entry("빠르", 1), Map.entry("편리", 1), Map.entry("편하", 1),
            Map.entry("해결", 1), Map.entry("덕분", 1), Map.entry("고맙", 1), Map.entry("신속", 1),
            Map.entry("쉽", 1), Map.entry("훌륭", 1));

    // 안 좋아요 / 못 받았어요: a negating adverb right before a stem turns it around.
    private static final Set<String> NEGATORS = Set.of("안", "못");

    // 되다 carries no tone alone, but "안 돼요" is the commonest Korean complaint. It weighs double because
    // it usually denies the very thing named before it: in "해결이 안 됐어요" 해결 must not read as praise.
    private static final String BECOME = "되";
    private static final int NOT_WORKING = -2;

    private static final Pattern NEGATIVE_EMOTICONS = Pattern.compile(
            "[ㅠㅜ]{2,}|ㅡ\\s*ㅡ|-_+-|;;+|:\\(|[\\x{1F620}\\x{1F621}\\x{1F624}\\x{1F62D}\\x{1F622}\\x{1F92C}"
                    + "\\x{1F4A2}\\x{1F629}\\x{1F62B}\\x{1F61E}\\x{1F61F}\\x{1F44E}]");
    private static final Pattern POSITIVE_EMOTICONS = Pattern.compile(
            "\\^\\^|\\^_\\^|:\\)|:D|ㅎㅎ|ㅋㅋ|[\\x{1F44D}\\x{1F60A}\\x{1F600}\\x{1F603}\\x{1F604}\\x{1F970}"
                    + "\\x{1F60D}\\x{2764}\\x{1F64F}]");

    private final KeywordExtractor extractor;

    public SentimentAnalyzer(KeywordExtractor extractor) {
        this.extractor = extractor;
    }

    public Sentiment analyse(String text) {
        if (text == null || text.isBlank()) {
            return Sentiment.NEUTRAL;
        }
        int score = count(NEGATIVE_EMOTICONS.matcher(text)) * -1 + count(POSITIVE_EMOTICONS.matcher(text));
        List<KeywordExtractor.Morpheme> morphemes = extractor.morphemes(text);
        for (int i = 0; i < morphemes.size(); i++) {
            KeywordExtractor.Morpheme morpheme = morphemes.get(i);
            boolean negated = i > 0 && morphemes.get(i - 1).tag() == POS.Tag.MAG
                    && NEGATORS.contains(morphemes.get(i - 1).term());
            if (negated && morpheme.term().equals(BECOME)) {
                score += NOT_WORKING;
                continue;
            }
            int value = LEXICON.getOrDefault(morpheme.term(), 0);
            score += negated ? -value : value;
        }
        return score < 0 ? Sentiment.NEGATIVE : score > 0 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }

    private static int count(Matcher matcher) {
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
