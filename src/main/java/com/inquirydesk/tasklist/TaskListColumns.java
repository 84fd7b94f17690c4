package com.inquirydesk.tasklist;

import java.util.List;
import java.util.Map;

/**
 * The variables Tasklist's shared filters show under each task, in order. All are set on the task itself by
 * {@link TaskCaptionListener} when it is created: Tasklist reads a row's variables with the agent's rights,
 * which cover the task but not the process instance, and names of their own keep a task completion from
 * shadowing a process variable.
 */
public final class TaskListColumns {

    public static final String INQUIRY_CODE = "listInquiryCode";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String CATEGORY_LABEL = "listCategory";
    public static final String DUE_LABEL = "dueLabel";

    /** The filter property {@code variables}: name and Korean label of each column. */
    public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
            Map.of("name", INQUIRY_CODE, "label", "문의 번호"),
            Map.of("name", CUSTOMER_NAME, "label", "고객"),
            Map.of("name", CHANNEL_LABEL, "label", "채널"),
            Map.of("name", CATEGORY_LABEL, "label", "분류"),
            Map.of("name", DUE_LABEL, "label", "답변 기한"));

    private TaskListColumns() {
    }
}
