package com.inquirydesk.answering;

import com.inquirydesk.system.TaskCompletionRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of Task_RespondToInquiry, before the answer is checked: the suggested answer the agent picked
 * goes into the reply, after what the agent typed (the form engine cannot copy text between fields). The pick
 * is a reference a client could forge, so it is looked up again and must name a manual entry or a published
 * article.
 */
@Component("suggestedAnswerInsertion")
public class SuggestedAnswerInsertion implements TaskListener {

    private final AnswerSuggestions suggestions;

    public SuggestedAnswerInsertion(AnswerSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void notify(DelegateTask task) {
        var vars = AnsweringVariables.of(task);
        String chosen = vars.suggestedAnswer();
        if (chosen == null) {
            return;
        }
        String insertion = suggestions.insertionFor(chosen).orElseThrow(() -> TaskCompletionRefusal.refuse(
                "추천 답변(suggestedAnswer)을 찾을 수 없습니다. 목록에서 다시 골라 주세요."));
        String typed = vars.reply();
        String reply = typed == null || typed.isBlank() ? insertion : typed.strip() + "\n\n" + insertion;
        if (reply.length() > AnsweringVariables.TEXT_LIMIT) {
            throw TaskCompletionRefusal.refuse("답변(reply)에 추천 답변을 넣으면 %d자를 넘습니다. 답변을 줄여 주세요."
                    .formatted(AnsweringVariables.TEXT_LIMIT));
        }
        vars.setReply(reply);
    }
}
