package com.inquirydesk.tasklist;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task shows in Tasklist's list before anyone opens it: a name that tells the inquiry apart
 * ({@code INQ-… · 결제가 두 번 됐어요}), a description with the task kind, channel, customer and due time,
 * and the short task-local values the shared filters show as columns.
 *
 * <p>Only what an agent needs to pick the right row goes into the engine: the inquiry code, a subject
 * excerpt (already masked for identifiers at intake) and a masked customer name ("한*제"). The full name,
 * contact details and texts stay in the service's tables and are read on the desk page, where every read
 * is recorded.
 */
public record TaskCaption(String name, String description, Map<String, Object> columns) {

    /** Subject excerpt length in the task name: long enough to recognise, short enough for one list row. */
    static final int SUBJECT_EXCERPT = 30;
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M월 d일 HH:mm");

    /** Facts of the inquiry a task is about; any of the optional ones may be null. */
    public record InquiryFacts(String code, String subject, String channelLabel, String customerName,
                               String categoryLabel) {
    }

    /**
     * @param kind the task's name in the diagram ("문의 답변", "불만 고객 연락"…)
     * @param primary whether this is the agents' everyday task, whose name is just code and subject
     */
    public static TaskCaption forInquiry(String kind, boolean primary, InquiryFacts inquiry, Instant due, ZoneId zone) {
        String subject = excerpt(inquiry.subject(), SUBJECT_EXCERPT);
        String name = (primary ? "" : kind + " · ") + inquiry.code() + " · " + subject;
        String customer = maskName(inquiry.customerName());
        String dueLabel = due == null ? null : DUE.format(due.atZone(zone));
        StringBuilder description = new StringBuilder(kind);
        append(description, inquiry.categoryLabel());
        append(description, inquiry.channelLabel());
        append(description, "고객 " + customer);
        if (dueLabel != null) {
            append(description, "기한 " + dueLabel);
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(TaskListColumns.INQUIRY_CODE, inquiry.code());
        columns.put(TaskListColumns.CUSTOMER_NAME, customer);
        if (inquiry.categoryLabel() != null) {
            columns.put(TaskListColumns.CATEGORY_LABEL, inquiry.categoryLabel());
        }
        if (inquiry.channelLabel() != null) {
            columns.put(TaskListColumns.CHANNEL_LABEL, inquiry.channelLabel());
        }
        if (dueLabel != null) {
            columns.put(TaskListColumns.DUE_LABEL, dueLabel);
        }
        return new TaskCaption(name, description.toString(), columns);
    }

    /** A task about something other than one inquiry (a product hand-off, a weekly report, a guide). */
    public static TaskCaption forTopic(String kind, String topic, Instant due, ZoneId zone) {
        String name = topic == null || topic.isBlank() ? kind : kind + " · " + excerpt(topic, SUBJECT_EXCERPT + 10);
        String dueLabel = due == null ? null : DUE.format(due.atZone(zone));
        Map<String, Object> columns = new LinkedHashMap<>();
        if (dueLabel != null) {
            columns.put(TaskListColumns.DUE_LABEL, dueLabel);
        }
        return new TaskCaption(name, dueLabel == null ? kind : kind + " · 기한 " + dueLabel, columns);
    }

    /**
     * Keeps the first and last letter of a name and hides the rest: enough to tell two callers apart in a
     * list, too little to identify anyone from the engine's tables. "한결제" → "한*제", "민지" → "민*".
     */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "이름 없음";
        }
        String trimmed = name.strip().replaceAll("\\s+", "");
        int[] letters = trimmed.codePoints().toArray();
        if (letters.length == 1) {
            return trimmed;
        }
        if (letters.length == 2) {
            return new String(letters, 0, 1) + "*";
        }
        return new String(letters, 0, 1) + "*".repeat(letters.length - 2) + new String(letters, letters.length - 1, 1);
    }

    static String excerpt(String text, int limit) {
        if (text == null || text.isBlank()) {
            return "(제목 없음)";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int[] letters = oneLine.codePoints().toArray();
        return letters.length <= limit ? oneLine : new String(letters, 0, limit - 1).strip() + "…";
    }

    private static void append(StringBuilder description, String part) {
        if (part != null && !part.isBlank()) {
            description.append(" · ").append(part);
        }
    }
}
