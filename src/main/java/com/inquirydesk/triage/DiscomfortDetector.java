package com.inquirydesk.triage;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Recognises a customer's frustration in Korean text: the stems of the usual words with their
 * inflections (짜증나요, 화가 나서, 답답하네요, 왜 안 돼요, 불편합니다 …), text emoticons and emoji.
 */
@Component
public class DiscomfortDetector {

    // Korean inflects by suffix, so a stem match covers 짜증나/짜증나요/짜증났어요/짜증스럽다.
    // Spaces inside a phrase are optional because customers type "왜안돼" as often as "왜 안 돼".
    private static final List<Pattern> SIGNALS = List.of(
            Pattern.compile("짜\\s*증"),
            Pattern.compile("화\\s*(가\\s*)?(나|났|난)"),
            Pattern.compile("열\\s*(받|불)"),
            Pattern.compile("답\\s*답"),
            Pattern.compile("왜\\s*(이렇게\\s*)?(안|않|못)"),
            Pattern.compile("불\\s*편"),
            Pattern.compile("최\\s*악"),
            Pattern.compile("어\\s*이\\s*(없|가\\s*없)"),
            Pattern.compile("황\\s*당"),
            Pattern.compile("실\\s*망"),
            Pattern.compile("엉\\s*망"),
            Pattern.compile("장난\\s*(하|치|해)"),
            Pattern.compile("[ㅠㅜ]{2,}"),
            Pattern.compile("ㅡ\\s*ㅡ|-\\s*_+\\s*-"),
            Pattern.compile(";;+"),
            Pattern.compile("[\\x{1F620}\\x{1F621}\\x{1F624}\\x{1F62D}\\x{1F622}\\x{1F92C}\\x{1F4A2}\\x{1F629}\\x{1F62B}\\x{1F61E}\\x{1F61F}]"));

    public boolean detect(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
            for (Pattern signal : SIGNALS) {
                if (signal.matcher(normalised).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
