package com.inquirydesk.survey;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a survey comment as a complaint when it uses the words Korean customers complain with. A short
 * lexicon is enough here: it only decides whether a person looks at the answer, and low scores send
 * it there anyway. Each entry guards against the look-alikes that would otherwise trip it.
 */
public final class ComplaintDetector {

    private static final List<Pattern> LEXICON = List.of(
            // "불만" and "불만족", but not "불만 없어요".
            Pattern.compile("불만(?!\\s*(은|이)?\\s*없)"),
            Pattern.compile("최악"),
            Pattern.compile("실망"),
            // 화나요, 화가 나서, 화났어요 — but not the 화 inside 전화나 / 대화나 / 영화나.
            Pattern.compile("(?<![가-힣])화(가|\\s)*(나|났|납)"),
            Pattern.compile("짜증"),
            Pattern.compile("불친절"),
            // 환불 안 돼요, 환불이 안 됐어요 — but not 환불 안내.
            Pattern.compile("환불(이|을|은|도)?\\s*안(?!내)"),
            Pattern.compile("다시는"),
            Pattern.compile("엉망"),
            Pattern.compile("어이\\s*없"),
            Pattern.compile("황당"),
            Pattern.compile("무성의"),
            Pattern.compile("답답"));

    private ComplaintDetector() {
    }

    public static boolean isComplaint(String comment) {
        if (comment == null || comment.isBlank()) {
            return false;
        }
        return LEXICON.stream().anyMatch(word -> word.matcher(comment).find());
    }
}
