package com.inquirydesk.intake;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/inquiries. */
public record NewInquiryRequest(
        @NotNull Channel channel,
        @NotNull @Valid CustomerContact customer,
        Category category,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 20000) String body,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "언어 코드는 ko 또는 ko-KR 형식이어야 합니다") String locale) {

    public record CustomerContact(
            @Email @Size(max = 254) String email,
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]{7,}", message = "전화번호 형식이 올바르지 않습니다") String phone,
            @Size(max = 100) String name,
            @Size(max = 100) String externalId) {

        @AssertTrue(message = "email, phone, externalId 중 하나는 있어야 답변을 드릴 수 있습니다")
        public boolean isReachable() {
            return notBlank(email) || notBlank(phone) || notBlank(externalId);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }

    public String localeOrDefault() {
        return locale == null ? "ko" : locale.substring(0, 2);
    }
}
