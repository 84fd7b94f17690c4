package com.inquirydesk.portal;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.intake.NewInquiryRequest;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The portal's inquiry form as posted; every rule has the Korean sentence shown next to its field. */
public class NewInquiryForm {

    @NotNull(message = "문의 종류를 골라 주세요.")
    private Category category;

    @Size(max = 100, message = "이름은 100자 이내로 적어 주세요.")
    private String name;

    @Email(message = "이메일 주소 형식이 올바르지 않습니다. 예: hong@example.com")
    @Size(max = 254, message = "이메일 주소가 너무 깁니다.")
    private String email;

    @Pattern(regexp = "|\\+?[0-9 ()-]{7,32}", message = "전화번호는 숫자와 하이픈으로 적어 주세요. 예: 010-1234-5678")
    private String phone;

    @NotBlank(message = "제목을 적어 주세요.")
    @Size(max = 200, message = "제목은 200자 이내로 적어 주세요.")
    private String subject;

    @NotBlank(message = "문의 내용을 적어 주세요.")
    @Size(max = 20000, message = "내용은 20,000자 이내로 적어 주세요.")
    private String body;

    /** Reported on the e-mail field: that is where most customers will fill it in. */
    @AssertTrue(message = "답변을 받으실 이메일 주소나 전화번호 중 하나는 꼭 적어 주세요.")
    public boolean isReachable() {
        return !blank(email) || !blank(phone);
    }

    NewInquiryRequest toRequest() {
        return new NewInquiryRequest(Channel.WEB, new NewInquiryRequest.CustomerContact(
                trimmed(email), trimmed(phone), trimmed(name), null), category, subject.strip(), body.strip(), "ko");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
