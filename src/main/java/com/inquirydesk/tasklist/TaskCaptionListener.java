package com.inquirydesk.tasklist;

import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of every user task: names the task after what it is about, so Tasklist's list tells the rows
 * apart and its "name like" search finds a task by inquiry code. Tasks of an inquiry read
 * {@code INQ-… · subject}; the others their kind and topic (feature, week, category).
 */
@Component("taskCaptionListener")
public class TaskCaptionListener implements TaskListener {

    static final String INQUIRY_ID = "inquiryId";
    static final String FEATURE_TITLE = "featureTitle";
    static final String FEATURE_KEY = "featureKey";
    static final String WEEK_LABEL = "weekLabel";
    static final String GUIDE_CATEGORY = "guideCategory";

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final InquiryDeskProperties properties;

    public TaskCaptionListener(InquiryService inquiries, CustomerService customers, InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskCaption caption = captionOf(task);
        task.setName(caption.name());
        task.setDescription(caption.description());
        caption.columns().forEach(task::setVariableLocal);
    }

    TaskCaption captionOf(DelegateTask task) {
        String kind = kindOf(task);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        if (task.getVariable(INQUIRY_ID) instanceof Number id) {
            Inquiry inquiry = inquiries.get(id.longValue());
            String customerName = customers.get(inquiry.getCustomerId()).getName();
            var facts = new TaskCaption.InquiryFacts(inquiry.getCode(), inquiry.getSubject(),
                    inquiry.getChannel() == null ? null : inquiry.getChannel().label(), customerName,
                    (inquiry.getCategory() == null ? Category.OTHER : inquiry.getCategory()).label());
            boolean primary = InquiryLifecycle.TASK_RESPOND.equals(task.getTaskDefinitionKey());
            return TaskCaption.forInquiry(kind, primary, facts, due, properties.zone());
        }
        return TaskCaption.forTopic(kind, topicOf(task), due, properties.zone());
    }

    private static String topicOf(DelegateTask task) {
        if (task.getVariable(FEATURE_TITLE) instanceof String title && !title.isBlank()) {
            return task.getVariable(FEATURE_KEY) instanceof String key ? title + " (" + key + ")" : title;
        }
        if (task.getVariable(GUIDE_CATEGORY) instanceof String category && !category.isBlank()) {
            return categoryLabel(category);
        }
        if (task.getVariable(WEEK_LABEL) instanceof String week) {
            return week;
        }
        return null;
    }

    private static String categoryLabel(String category) {
        try {
            return Category.valueOf(category).label();
        } catch (IllegalArgumentException notACategory) {
            return category;
        }
    }

    /** The task's name as the diagram gives it, not as an earlier round of this listener left it. */
    private static String kindOf(DelegateTask task) {
        var element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }
}
