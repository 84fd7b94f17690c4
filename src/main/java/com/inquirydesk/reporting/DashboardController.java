package com.inquirydesk.reporting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisor dashboard (supervisors, VOC reviewers and auditors, read-only; see SecurityConfig): the page,
 * whose script draws the charts and refreshes every 30 seconds, and the JSON it reads.
 */
@Controller
class DashboardController {

    /** The page runs only its own scripts (Chart.js and dashboard.js, both served here) and loads nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/desk/dashboard")
    String page(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return "desk/dashboard";
    }

    @GetMapping(path = "/api/v1/reports/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Dashboard dashboard() {
        return dashboards.dashboard();
    }
}
