package com.inquirydesk.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a customer wants their sign-in link sent to. */
public class MyInquiriesForm {

    @NotBlank(message = "문의하실 때 적은 이메일 주소를 입력해 주세요.")
    @Email(regexp = ".+@.+\\..+", message = "이메일 주소 형식이 올바르지 않습니다. 예: hong@example.com")
    @Size(max = 254, message = "이메일 주소가 너무 깁니다.")
    private String email;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
