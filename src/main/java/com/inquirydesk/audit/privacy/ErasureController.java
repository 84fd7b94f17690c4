package com.inquirydesk.audit.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Erasure on request, for supervisors (see SecurityConfig); audited. */
@RestController
class ErasureController {

    private final CustomerErasureService erasure;

    ErasureController(CustomerErasureService erasure) {
        this.erasure = erasure;
    }

    @DeleteMapping("/api/v1/staff/customers/{id}")
    CustomerErasureService.Result erase(@PathVariable long id, Principal staff, HttpServletRequest request) {
        return erasure.erase(id, staff.getName(), request.getRemoteAddr());
    }
}
