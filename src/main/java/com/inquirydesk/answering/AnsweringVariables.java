package com.inquirydesk.answering;

import com.inquirydesk.system.ProcessVariables;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The respond form's answering help. {@code answerChoices} feeds the select "추천 답변 넣기" as
 * {@code reference:label|reference:label} (the form splits it with FEEL, as the weekly review's checklist
 * does); {@code answerSuggestionsText} is the markdown the form shows; {@code suggestedAnswer} is the
 * agent's pick, put into the reply at completion.
 */
final class AnsweringVariables extends ProcessVariables {

    static final String ANSWER_CHOICES = "answerChoices";
    static final String ANSWER_SUGGESTIONS_TEXT = "answerSuggestionsText";
    static final String SUGGESTED_ANSWER = "suggestedAnswer";
    static final String REPLY = "reply";

    /** Engine string variables hold 4,000 characters. */
    static final int TEXT_LIMIT = 4000;

    private AnsweringVariables(VariableScope scope) {
        super(scope);
    }

    static AnsweringVariables of(VariableScope scope) {
        return new AnsweringVariables(scope);
    }

    void offer(List<AnswerSuggestions.Suggestion> suggestions) {
        scope.removeVariable(SUGGESTED_ANSWER);
        scope.setVariable(ANSWER_CHOICES, suggestions.stream()
                .map(s -> s.reference() + ":" + s.label().replace('|', '/'))
                .collect(Collectors.joining("|")));
        String text = suggestions.isEmpty() ? "이 문의에 맞는 추천 답변이나 도움말을 찾지 못했습니다. [내부 매뉴얼](/desk/manual)에서 직접 찾아보세요."
                : suggestions.stream().map(s -> "- **" + escape(s.label()) + "** — " + escape(s.preview()))
                        .collect(Collectors.joining("\n"));
        scope.setVariable(ANSWER_SUGGESTIONS_TEXT, text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 1) + "…");
    }

    String suggestedAnswer() {
        Object value = scope.getVariable(SUGGESTED_ANSWER);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    String reply() {
        return string(REPLY);
    }

    void setReply(String reply) {
        scope.setVariable(REPLY, reply);
    }

    /** Markdown in a reply or title would change how the form shows it; the text view shows it as written. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>])", "\\\\$1");
    }
}
