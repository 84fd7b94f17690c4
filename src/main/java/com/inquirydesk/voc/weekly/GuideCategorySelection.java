package com.inquirydesk.voc.weekly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.inquiry.Category;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the review form's checklist {@code guideCategories}: from Tasklist it is JSON text (["BILLING","RETURN"]),
 * from the Java API or a JSON variable a list; comma-separated text is taken too. Only category codes are kept,
 * each once, in the order given.
 */
final class GuideCategorySelection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CATEGORIES = Arrays.stream(Category.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private GuideCategorySelection() {
    }

    static List<String> parse(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> raw;
        if (value instanceof Collection<?> collection) {
            raw = collection;
        } else {
            String text = value.toString().strip();
            if (text.startsWith("[")) {
                try {
                    raw = JSON.readValue(text, new TypeReference<List<Object>>() { });
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("guideCategories is not a JSON list: " + text, e);
                }
            } else {
                raw = Arrays.asList(text.split(","));
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        for (Object item : raw) {
            String code = item == null ? "" : item.toString().strip().replace("\"", "");
            if (CATEGORIES.contains(code)) {
                categories.add(code);
            }
        }
        return List.copyOf(categories);
    }
}
