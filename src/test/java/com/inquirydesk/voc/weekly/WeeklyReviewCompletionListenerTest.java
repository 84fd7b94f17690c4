package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyReviewCompletionListenerTest {

    WeeklyReviewCompletionListener listener = new WeeklyReviewCompletionListener();

    @ParameterizedTest
    @ValueSource(strings = {"[\"BILLING\",\"RETURN\"]", "[]", "BILLING, RETURN", ""})
    void knownCategoriesOrNoneAreAccepted(String selection) {
        assertThatCode(() -> listener.notify(taskWith(selection))).doesNotThrowAnyException();
    }

    @Test
    void noSelectionAtAllMeansNoGuideNeedsWork() {
        assertThatCode(() -> listener.notify(taskWith(null))).doesNotThrowAnyException();
        assertThatCode(() -> listener.notify(taskWith(List.of("GENERAL")))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"BILLING\",\"SHIPPING\"]", "[\"nope\"]", "[BILLING", "TAXES"})
    void anUnknownOrMalformedChoiceIsRefusedWithTheAllowedCategories(String selection) {
        assertThatThrownBy(() -> listener.notify(taskWith(selection))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("guideCategories").hasMessageContaining("BILLING");
    }

    private static DelegateTask taskWith(Object selection) {
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getExecution()).thenReturn(execution);
        when(execution.getVariable(WeeklyVocVariables.GUIDE_CATEGORIES)).thenReturn(selection);
        return task;
    }
}
