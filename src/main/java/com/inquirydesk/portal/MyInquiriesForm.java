package com.inquirydesk.portal;

import java.util.regex.Pattern;

/** The address a customer wants their sign-in link sent to. */
public class MyInquiriesForm {

    static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private String email;

    /** The one problem to show next to the field, most basic first; null when the address may be used. */
    String problem() {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            return "문의하실 때 적은 이메일 주소를 입력해 주세요.";
        }
        if (value.length() > MAX_LENGTH) {
            return "이메일 주소가 너무 깁니다.";
        }
        if (!ADDRESS.matcher(value).matches()) {
            return "이메일 주소 형식이 올바르지 않습니다. 예: hong@example.com";
        }
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
