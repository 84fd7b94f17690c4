package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuideCategorySelectionTest {

    @Test
    void readsJsonTextListsAndCommaSeparatedTextKeepingKnownCategoriesOnce() {
        assertThat(GuideCategorySelection.parse("[\"BILLING\",\"RETURN\"]")).containsExactly("BILLING", "RETURN");
        assertThat(GuideCategorySelection.parse(List.of("CONTRACT", "CONTRACT", "nonsense"))).containsExactly("CONTRACT");
        assertThat(GuideCategorySelection.parse("OTHER, BILLING")).containsExactly("OTHER", "BILLING");
        assertThat(GuideCategorySelection.parse("")).isEmpty();
        assertThat(GuideCategorySelection.parse("[]")).isEmpty();
        assertThat(GuideCategorySelection.parse(null)).isEmpty();
    }
}
