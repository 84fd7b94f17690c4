package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class CloseInquiryDelegateTest {

    InquiryService inquiries = mock(InquiryService.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    CloseInquiryDelegate delegate = new CloseInquiryDelegate(inquiries);

    @Test
    void closesWithTheReasonTheTaskNames() {
        when(execution.getVariable(InquiryVariables.INQUIRY_ID)).thenReturn(42L);
        when(execution.getVariableLocal(InquiryLifecycle.CLOSE_REASON)).thenReturn(InquiryLifecycle.CLOSE_REASON_WITHDRAWN);

        delegate.execute(execution);

        verify(inquiries).close(42L, "WITHDRAWN");
    }

    @Test
    void aReasonFromElsewhereInTheProcessDoesNotCount() {
        when(execution.getVariable(InquiryVariables.INQUIRY_ID)).thenReturn(42L);
        when(execution.getVariable(InquiryLifecycle.CLOSE_REASON)).thenReturn("SELF_SERVICE");
        when(execution.getCurrentActivityId()).thenReturn("Task_CloseWithdrawn");

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Task_CloseWithdrawn");
        verify(inquiries, never()).close(anyLong(), anyString());
    }
}
