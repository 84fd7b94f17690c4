package com.inquirydesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.security.StaffRoles;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The customer profile: history across channels for staff, tier and segment for supervisors (API and desk page). */
@Controller
class CustomerProfileController {

    private static final Set<String> EDITABLE = Set.of("tier", "segment");

    private final CustomerProfiles profiles;
    private final InquiryDeskProperties properties;

    CustomerProfileController(CustomerProfiles profiles, InquiryDeskProperties properties) {
        this.profiles = profiles;
        this.properties = properties;
    }

    @GetMapping("/api/v1/staff/customers/{id}/history")
    @ResponseBody
    CustomerProfileView history(@PathVariable long id, Authentication staff, HttpServletRequest request) {
        return profiles.history(id, staff, request.getRemoteAddr(), AccessVia.API);
    }

    @PatchMapping("/api/v1/staff/customers/{id}")
    @ResponseBody
    CustomerProfileView update(@PathVariable long id, @RequestBody JsonNode body, Authentication staff,
                               HttpServletRequest request) {
        if (body == null || !body.isObject()) {
            throw new InvalidStaffParameterException("tier", "{\"tier\": …, \"segment\": …} 형태의 JSON 객체를 보내 주세요.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!EDITABLE.contains(name)) {
                throw new InvalidStaffParameterException(name, "바꿀 수 없는 항목입니다. tier와 segment만 바꿀 수 있습니다.");
            }
        }
        JsonNode tier = body.get("tier");
        JsonNode segment = body.get("segment");
        if (tier != null && !tier.isTextual()) {
            throw new InvalidStaffParameterException("tier", "문자열이어야 합니다.");
        }
        if (segment != null && !segment.isTextual() && !segment.isNull()) {
            throw new InvalidStaffParameterException("segment", "문자열이거나 null이어야 합니다.");
        }
        return profiles.update(id, tier != null, tier == null ? null : tier.asText(), segment != null,
                segment == null || segment.isNull() ? null : segment.asText(), staff, request.getRemoteAddr(), AccessVia.API);
    }

    @GetMapping("/desk/customers/{id}")
    String page(@PathVariable long id, Authentication staff, HttpServletRequest request, Model model) {
        model.addAttribute("customer", profiles.history(id, staff, request.getRemoteAddr(), AccessVia.DESK));
        model.addAttribute("canEdit", StaffRoles.groupsOf(staff).contains(StaffRoles.SUPERVISORS));
        model.addAttribute("vocabulary", profiles.vocabulary());
        model.addAttribute("zone", properties.zone());
        return "desk/customer";
    }

    @PostMapping("/desk/customers/{id}")
    String updateFromDesk(@PathVariable long id, @RequestParam(required = false) String tier,
                          @RequestParam(required = false) String segment, Authentication staff, HttpServletRequest request) {
        profiles.update(id, tier != null, tier, segment != null, segment, staff, request.getRemoteAddr(), AccessVia.DESK);
        return "redirect:/desk/customers/" + id + "?saved";
    }
}
