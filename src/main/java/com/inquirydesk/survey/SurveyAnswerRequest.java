package com.inquirydesk.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/inquiries/{code}/survey. The three headline scores are required, the rest optional. */
public record SurveyAnswerRequest(
        @NotNull(message = "필수 항목입니다") @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer csat,
        @NotNull(message = "필수 항목입니다") @Min(value = 1, message = "1~7 사이여야 합니다") @Max(value = 7, message = "1~7 사이여야 합니다") Integer ces,
        @NotNull(message = "필수 항목입니다") @Min(value = 0, message = "0~10 사이여야 합니다") @Max(value = 10, message = "0~10 사이여야 합니다") Integer nps,
        @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer retention,
        @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer productExperience,
        @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer onlineExperience,
        @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer waitTime,
        @Min(value = 1, message = "1~5 사이여야 합니다") @Max(value = 5, message = "1~5 사이여야 합니다") Integer expectationsMet,
        @Size(max = 2000, message = "2000자 이하여야 합니다") String comment) {
}
