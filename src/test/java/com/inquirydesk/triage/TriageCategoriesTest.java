package com.inquirydesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TriageCategoriesTest {

    @Test
    void everyCategoryTheLexiconSuggestsIsOneTheInquiryKnows() {
        assertThat(new KoreanTextAnalysis().categoryLabels())
                .isNotEmpty()
                .isSubsetOf(Arrays.stream(Category.values()).map(Category::name).toList());
    }
}
