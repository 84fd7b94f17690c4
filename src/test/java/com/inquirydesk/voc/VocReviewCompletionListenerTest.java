package com.inquirydesk.voc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocReviewCompletionListenerTest {

    VocReviewCompletionListener listener = new VocReviewCompletionListener();

    @Test
    void aKnownRootCauseAndActionAreAccepted() {
        assertThatCode(() -> listener.notify(review("guide-missing", "updateGuide", null))).doesNotThrowAnyException();
        assertThatCode(() -> listener.notify(review("product-defect", "productIssue", "card-payment")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, updateGuide, null, rootCause", "bad-luck, none, null, rootCause",
            "policy, null, null, vocAction", "policy, escalateToCeo, null, vocAction",
            "product-defect, productIssue, null, featureKey"})
    void aMissingOrUnknownChoiceIsRefusedNamingTheField(String rootCause, String action, String feature, String field) {
        assertThatThrownBy(() -> listener.notify(review(rootCause, action, feature)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(field);
    }

    private static DelegateTask review(String rootCause, String action, String featureKey) {
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getExecution()).thenReturn(execution);
        when(execution.getVariable("rootCause")).thenReturn(rootCause);
        when(execution.getVariable("vocAction")).thenReturn(action);
        when(execution.getVariable("featureKey")).thenReturn(featureKey);
        return task;
    }
}
