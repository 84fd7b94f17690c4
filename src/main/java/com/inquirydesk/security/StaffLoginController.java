package com.inquirydesk.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /login}: the staff sign-in page in Korean; Spring Security's form login handles the POST. */
@Controller
class StaffLoginController {

    @GetMapping("/login")
    String login() {
        return "desk/login";
    }
}
