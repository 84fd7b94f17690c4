package com.inquirydesk.inquirytype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.inquiry.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The extra fields of each inquiry type, read from {@code forms/inquiry-type-<category>.form} (Camunda Forms,
 * edited in Camunda Modeler): textfield, select and checkbox components with their key, label, description
 * and validate rules. Process owners change a type's fields by editing its form; no code changes.
 */
@Component
public class InquiryTypeForms {

    static final String LOCATION = "classpath*:forms/inquiry-type-*.form";
    static final int DEFAULT_MAX_LENGTH = 200;

    private final Map<Category, List<InquiryTypeField>> fields;

    public InquiryTypeForms(ObjectMapper json) {
        this.fields = load(json);
    }

    public List<InquiryTypeField> fieldsOf(Category category) {
        return category == null ? List.of() : fields.getOrDefault(category, List.of());
    }

    /**
     * Checks what the customer entered against the type's rules. Every field gets an error message or a clean
     * value; the answers keep the form's order and use the option labels the customer saw.
     */
    public Checked check(Category category, Map<String, String> submitted) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        for (InquiryTypeField field : fieldsOf(category)) {
            String raw = submitted.get(field.key());
            String value = raw == null ? "" : raw.strip();
            switch (field.kind()) {
                case CHECKBOX -> answers.add(new Answer(field.key(), field.label(),
                        "true".equals(value) || "on".equals(value) ? "예" : "아니요"));
                case CHOICE -> {
                    if (value.isEmpty()) {
                        if (field.required()) {
                            errors.put(field.key(), field.label() + "을(를) 골라 주세요.");
                        }
                    } else if (field.options().stream().noneMatch(option -> option.value().equals(value))) {
                        errors.put(field.key(), "목록에 있는 항목 중에서 골라 주세요.");
                    } else {
                        answers.add(new Answer(field.key(), field.label(), field.labelOf(value)));
                    }
                }
                case TEXT -> {
                    int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
                    if (value.isEmpty()) {
                        if (field.required()) {
                            errors.put(field.key(), field.label() + "을(를) 적어 주세요.");
                        }
                    } else if (value.length() > max) {
                        errors.put(field.key(), field.label() + "은(는) " + max + "자 이내로 적어 주세요.");
                    } else if (field.pattern() != null && !Pattern.matches(field.pattern(), value)) {
                        errors.put(field.key(), field.label() + " 형식이 올바르지 않습니다."
                                + (field.description() == null ? "" : " " + field.description()));
                    } else {
                        answers.add(new Answer(field.key(), field.label(), value));
                    }
                }
            }
        }
        return new Checked(Collections.unmodifiableMap(errors), List.copyOf(answers));
    }

    public record Answer(String key, String label, String value) {
    }

    public record Checked(Map<String, String> errors, List<Answer> answers) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static Map<Category, List<InquiryTypeField>> load(ObjectMapper json) {
        Map<Category, List<InquiryTypeField>> byCategory = new EnumMap<>(Category.class);
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename();
                String suffix = name.substring("inquiry-type-".length(), name.length() - ".form".length());
                Category category = Category.valueOf(suffix.toUpperCase(Locale.ROOT));
                try (InputStream in = resource.getInputStream()) {
                    byCategory.put(category, parse(json.readTree(in), name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("inquiry type forms cannot be read", e);
        }
        return byCategory;
    }

    /** Unknown component types (text blocks, spacers…) are left out; a field without key or label is a mistake. */
    static List<InquiryTypeField> parse(JsonNode form, String name) {
        List<InquiryTypeField> fields = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            InquiryTypeField.Kind kind = switch (component.path("type").asText()) {
                case "textfield" -> InquiryTypeField.Kind.TEXT;
                case "select", "radio" -> InquiryTypeField.Kind.CHOICE;
                case "checkbox" -> InquiryTypeField.Kind.CHECKBOX;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            String key = component.path("key").asText("");
            String label = component.path("label").asText("");
            if (key.isBlank() || label.isBlank()) {
                throw new IllegalStateException(name + ": every field needs a key and a label");
            }
            JsonNode validate = component.path("validate");
            String pattern = validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null;
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(name + ": the pattern of " + key + " is not a valid expression", e);
                }
            }
            List<InquiryTypeField.Option> options = new ArrayList<>();
            component.path("values").forEach(option -> options.add(
                    new InquiryTypeField.Option(option.path("value").asText(), option.path("label").asText())));
            fields.add(new InquiryTypeField(key, label, kind,
                    component.hasNonNull("description") ? component.get("description").asText() : null,
                    validate.path("required").asBoolean(false),
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                    pattern, List.copyOf(options)));
        }
        return List.copyOf(fields);
    }
}
