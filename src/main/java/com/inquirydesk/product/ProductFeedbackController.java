package com.inquirydesk.product;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the product hand-off; the staff security chain has already logged the caller in. */
@RestController
@RequestMapping("/api/v1/product-feedback")
class ProductFeedbackController {

    /** How Spring Security names Camunda group memberships (security/CamundaIdentityAuthenticationProvider). */
    static final String PRODUCT_TEAM_AUTHORITY = "GROUP_" + ProductHandoff.PRODUCT_TEAM;

    private final ProductHandoffService handoffs;

    ProductFeedbackController(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @GetMapping
    List<ProductFeedbackView> list(@RequestParam(required = false) ProductFeedbackStatus status) {
        return handoffs.list(status);
    }

    @PostMapping("/{featureKey}/fix-released")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void fixReleased(@PathVariable String featureKey, @Valid @RequestBody FixReleasedRequest request,
                     Authentication staff, HttpServletRequest http) {
        boolean productTeam = staff != null && staff.getAuthorities().stream()
                .anyMatch(authority -> PRODUCT_TEAM_AUTHORITY.equals(authority.getAuthority()));
        if (!productTeam) {
            throw ProductFeedbackException.productTeamOnly();
        }
        handoffs.announceFixReleased(featureKey, request.release(), staff.getName(), http.getRemoteAddr());
    }
}
