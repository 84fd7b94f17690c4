package com.inquirydesk.audit;

import com.inquirydesk.audit.timeline.TimelineService;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The auditors' timeline page: the same list as the API, server-rendered, no script. */
@Controller
class AuditPageController {

    private final TimelineService timelines;
    private final InquiryDeskProperties properties;

    AuditPageController(TimelineService timelines, InquiryDeskProperties properties) {
        this.timelines = timelines;
        this.properties = properties;
    }

    @GetMapping("/desk/audit/{code}")
    String timeline(@PathVariable String code, Principal staff, HttpServletRequest request, Model model) {
        model.addAttribute("timeline", timelines.timeline(code, staff.getName(), request.getRemoteAddr(), AccessVia.DESK));
        model.addAttribute("zone", properties.zone());
        return "desk/audit-timeline";
    }
}
