package com.inquirydesk.assignment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Availability and capacity, as API and as desk controls: agents set their own status (also from the inquiry list);
 * supervisors see every agent's status, capacity and open load on {@code /desk/agents} and set capacity and skills.
 */
@Controller
class AvailabilityController {

    record AvailabilityRequest(String status) {
    }

    record CapacityRequest(Integer capacity) {
    }

    record SkillsRequest(List<String> skills) {
    }

    private final AvailabilityService availability;

    AvailabilityController(AvailabilityService availability) {
        this.availability = availability;
    }

    @GetMapping("/api/v1/staff/me/availability")
    @ResponseBody
    AgentOverview own(Authentication staff) {
        return availability.own(staff.getName());
    }

    @PutMapping("/api/v1/staff/me/availability")
    @ResponseBody
    AgentOverview setOwn(@RequestBody AvailabilityRequest body, Authentication staff, HttpServletRequest request) {
        return availability.setOwnStatus(staff.getName(), AvailabilityService.parseStatus(body.status()),
                request.getRemoteAddr());
    }

    @GetMapping("/api/v1/staff/agents")
    @ResponseBody
    List<AgentOverview> agents() {
        return availability.overviewOfAll();
    }

    @PutMapping("/api/v1/staff/agents/{userId}/capacity")
    @ResponseBody
    AgentOverview capacity(@PathVariable String userId, @RequestBody CapacityRequest body, Authentication staff,
                           HttpServletRequest request) {
        return availability.setCapacity(userId, body.capacity(), staff.getName(), request.getRemoteAddr());
    }

    @PutMapping("/api/v1/staff/agents/{userId}/skills")
    @ResponseBody
    AgentOverview skills(@PathVariable String userId, @RequestBody SkillsRequest body, Authentication staff,
                         HttpServletRequest request) {
        return availability.setSkills(userId, body.skills(), staff.getName(), request.getRemoteAddr());
    }

    /** The status control on the desk's inquiry list. */
    @PostMapping("/desk/me/availability")
    String setOwnFromDesk(@RequestParam(required = false) String status, Authentication staff, HttpServletRequest request) {
        AgentOverview changed = availability.setOwnStatus(staff.getName(), AvailabilityService.parseStatus(status),
                request.getRemoteAddr());
        return "redirect:/desk/inquiries?availability=" + changed.status() + "&assigned=" + changed.assigned().size();
    }

    @GetMapping("/desk/agents")
    String agentsPage(Model model) {
        model.addAttribute("agents", availability.overviewOfAll());
        return "desk/agents";
    }

    @PostMapping("/desk/agents/{userId}/capacity")
    String capacityFromDesk(@PathVariable String userId, @RequestParam(required = false) String capacity,
                            Authentication staff, HttpServletRequest request) {
        availability.setCapacity(userId, parseCapacity(capacity), staff.getName(), request.getRemoteAddr());
        return "redirect:/desk/agents?saved=" + userId;
    }

    private static Integer parseCapacity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidAgentInputException("capacity", "숫자로 입력해 주세요.");
        }
    }
}
