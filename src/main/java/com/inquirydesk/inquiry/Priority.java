package com.inquirydesk.inquiry;

public enum Priority {
    LOW(25), NORMAL(50), HIGH(75), URGENT(100);

    private final int taskPriority;

    Priority(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** The Camunda task priority that makes Tasklist sort by urgency. */
    public int taskPriority() {
        return taskPriority;
    }
}
