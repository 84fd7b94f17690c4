package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.system.CurrentStaff;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * An agent who finishes an answer (completes Task_RespondToInquiry) has room again: once the completion has
 * committed, queued inquiries of their groups are offered to them. The offer runs on a thread of its own because
 * engine calls must not run inside the completion's closing engine command; it follows within moments.
 * The engine publishes task events to Spring (camunda.bpm.eventing.task), so the lifecycle diagram needs no listener.
 */
@Component
class FinishedWorkListener {

    private static final Logger log = LoggerFactory.getLogger(FinishedWorkListener.class);

    private final QueuedInquiryDispatcher dispatcher;
    private final ThreadPoolTaskExecutor offers = new ThreadPoolTaskExecutor();

    FinishedWorkListener(QueuedInquiryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        offers.setThreadNamePrefix("queued-work-");
        offers.setCorePoolSize(1);
        offers.setMaxPoolSize(1);
        offers.setQueueCapacity(1000);
        offers.initialize();
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
                || !InquiryLifecycle.TASK_RESPOND.equals(task.getTaskDefinitionKey())
                || Context.getCommandContext() == null) {
            return;
        }
        String agent = CurrentStaff.userIdOr(task, task.getAssignee());
        if (agent == null) {
            return;
        }
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> offers.execute(() -> offer(agent)));
    }

    private void offer(String agent) {
        try {
            dispatcher.offerQueuedWork(agent);
        } catch (RuntimeException e) {
            // The queue stays as it is; the next return or completion offers it again.
            log.warn("Offering queued inquiries to {} failed: {}", agent, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        offers.shutdown();
    }
}
