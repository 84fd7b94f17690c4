package com.inquirydesk.desk;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.security.StaffRoles;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The filters of the staff inquiry list, parsed and checked: every wrong value is a 400 naming its parameter.
 * {@code assignee=none} lists the group queues (nobody assigned). {@code q} is split into words that must all
 * occur (case-insensitively, after NFKC normalisation) in the subject, the first message or a later message.
 */
public record StaffInquiryFilter(InquiryStatus status, String group, String assignee, Category category, Channel channel,
                                 List<String> words, Long customer, int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 10;
    public static final String UNASSIGNED = "none";

    public enum Sort {
        /** Most urgent first: priority, then the running response due time, then the oldest. */
        priority,
        /** Newest first. */
        created
    }

    public static StaffInquiryFilter parse(String status, String group, String assignee, String category, String channel,
                                           String q, String customer, String page, String size, String sort) {
        return new StaffInquiryFilter(
                enumValue("status", status, InquiryStatus::valueOf, InquiryStatus.values()),
                group(group),
                text("assignee", assignee, 64),
                enumValue("category", category, Category::valueOf, Category.values()),
                enumValue("channel", channel, Channel::valueOf, Channel.values()),
                words(q),
                number("customer", customer, 1, Long.MAX_VALUE, null),
                number("page", page, 0, 100_000, 0L).intValue(),
                number("size", size, 1, MAX_SIZE, (long) DEFAULT_SIZE).intValue(),
                sort == null || sort.isBlank() ? Sort.priority
                        : enumValue("sort", sort, Sort::valueOf, Sort.values()));
    }

    public boolean unassignedOnly() {
        return UNASSIGNED.equals(assignee);
    }

    /** The filters in words, for the access log. */
    public String describe() {
        StringJoiner parts = new StringJoiner(" ");
        parts.add("inquiry search");
        if (status != null) parts.add("status=" + status);
        if (group != null) parts.add("group=" + group);
        if (assignee != null) parts.add("assignee=" + assignee);
        if (category != null) parts.add("category=" + category);
        if (channel != null) parts.add("channel=" + channel);
        if (!words.isEmpty()) parts.add("q=" + String.join(" ", words));
        if (customer != null) parts.add("customer=" + customer);
        parts.add("page=" + page);
        return parts.toString();
    }

    private static String group(String value) {
        String group = text("group", value, 64);
        if (group != null && !StaffRoles.AGENTS.contains(group)) {
            throw new InvalidStaffParameterException("group", "상담 그룹이 아닙니다. 가능한 값: " + String.join(", ", StaffRoles.AGENTS));
        }
        return group;
    }

    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidStaffParameterException("q", "검색어는 " + MAX_QUERY_LENGTH + "자 이내로 입력해 주세요.");
        }
        List<String> words = Arrays.stream(normalise(q).split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidStaffParameterException("q", "검색어는 " + MAX_WORDS + "단어까지 입력할 수 있습니다.");
        }
        return words;
    }

    /** Full-width letters and digits, compatibility jamo and case do not decide whether a word is found. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidStaffParameterException(name, max + "자 이내로 입력해 주세요.");
        }
        return value.strip();
    }

    private static Long number(String name, String value, long min, long max, Long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                throw new InvalidStaffParameterException(name, min + "에서 " + max + " 사이의 수여야 합니다.");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidStaffParameterException(name, "숫자로 입력해 주세요.");
        }
    }

    private static <E extends Enum<E>> E enumValue(String name, String value, Function<String, E> parse, E[] values) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidStaffParameterException(name, "알 수 없는 값입니다. 가능한 값: "
                    + String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
        }
    }
}
