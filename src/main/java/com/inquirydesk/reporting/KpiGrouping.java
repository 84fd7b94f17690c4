package com.inquirydesk.reporting;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** What a KPI report's rows are: one per category, agent, channel or week (Monday to Sunday, local time). */
public enum KpiGrouping {
    CATEGORY, AGENT, CHANNEL, WEEK;

    static final String NONE = "NONE";

    public static Optional<KpiGrouping> parse(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter().equals(value)).findFirst();
    }

    /** How the grouping is named in the query string. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Categories and channels in their business order, agents by id, weeks by date; "none" last. */
    Comparator<String> order() {
        Comparator<String> known = switch (this) {
            case CATEGORY -> Comparator.comparingInt(key -> enumIndex(Category.class, key));
            case CHANNEL -> Comparator.comparingInt(key -> enumIndex(Channel.class, key));
            case AGENT, WEEK -> Comparator.naturalOrder();
        };
        return Comparator.comparing((String key) -> key.equals(NONE)).thenComparing(known);
    }

    String label(String key, Function<String, String> agentNames) {
        if (key.equals(NONE)) {
            return switch (this) {
                case AGENT -> "미배정";
                default -> "미분류";
            };
        }
        return switch (this) {
            case CATEGORY -> enumLabel(Category.class, key).orElse(key);
            case CHANNEL -> enumLabel(Channel.class, key).orElse(key);
            case AGENT -> agentNames.apply(key);
            case WEEK -> {
                LocalDate monday = LocalDate.parse(key);
                yield monday + " ~ " + monday.plusDays(6);
            }
        };
    }

    private static <E extends Enum<E>> int enumIndex(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst()
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static <E extends Enum<E>> Optional<String> enumLabel(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst()
                .map(e -> e instanceof Category c ? c.label() : ((Channel) e).label());
    }
}
