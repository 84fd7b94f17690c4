package com.inquirydesk.inquirytype;

import java.util.List;

/**
 * One extra field of an inquiry type, as defined in its Camunda Forms file: a short text (optionally with a
 * pattern), a choice among options, or a checkbox.
 */
public record InquiryTypeField(String key, String label, Kind kind, String description, boolean required,
                               Integer maxLength, String pattern, List<Option> options) {

    public enum Kind { TEXT, CHOICE, CHECKBOX }

    public record Option(String value, String label) {
    }

    /** What the template asks for to choose the control. */
    public String control() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    String labelOf(String value) {
        return options.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
