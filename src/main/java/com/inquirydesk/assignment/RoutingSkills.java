package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.Category;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Categories that ask for a skill ({@code inquiry-desk.routing.category-skills.CONTRACT=contract-law}): within the
 * group DMN {@code inquiryRouting} chose, agents whose profile lists the skill are preferred. The DMN keeps deciding
 * the group; this only orders the people in it, so a category without an entry routes exactly as before.
 */
@ConfigurationProperties("inquiry-desk.routing")
public record RoutingSkills(Map<Category, String> categorySkills) {

    public RoutingSkills {
        categorySkills = categorySkills == null ? Map.of() : Map.copyOf(categorySkills);
    }

    /** The skill the category asks for, or {@code null}. */
    public String requiredFor(Category category) {
        return category == null ? null : categorySkills.get(category);
    }
}
