package com.inquirydesk.answering;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of Task_RespondToInquiry: the manual's replies and the articles that may answer this customer. */
@Component("answerSuggestionListener")
public class AnswerSuggestionListener implements TaskListener {

    private final AnswerSuggestions suggestions;

    public AnswerSuggestionListener(AnswerSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public void notify(DelegateTask task) {
        long inquiryId = ((Number) task.getVariable("inquiryId")).longValue();
        AnsweringVariables.of(task.getExecution()).offer(suggestions.forInquiry(inquiryId));
    }
}
