package com.inquirydesk.desk;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging two customer records: the API for tools, and the one-button form on the desk inquiry page that
 * merges the inquiry's customer into the known customer it was linked to as possibly the same.
 */
@Controller
class CustomerMergeController {

    private final CustomerMergeService merges;

    CustomerMergeController(CustomerMergeService merges) {
        this.merges = merges;
    }

    /** Body of POST /api/v1/staff/customers/{id}/merge: the record to absorb into {id}. */
    record MergeRequest(Long from) {
    }

    @PostMapping("/api/v1/staff/customers/{id}/merge")
    @ResponseBody
    CustomerMergeService.Merged merge(@PathVariable long id, @RequestBody(required = false) MergeRequest request,
                                      Authentication staff, HttpServletRequest http) {
        return merges.merge(id, request == null ? null : request.from(), staff, http.getRemoteAddr());
    }

    @PostMapping("/desk/customers/{id}/merge")
    String mergeFromDesk(@PathVariable long id, @RequestParam(required = false) Long from,
                         @RequestParam String inquiry, Authentication staff, HttpServletRequest http,
                         RedirectAttributes redirect) {
        CustomerMergeService.Merged merged = merges.merge(id, from, staff, http.getRemoteAddr());
        redirect.addAttribute("code", inquiry);
        redirect.addAttribute("merged", merged.absorbed());
        return "redirect:/desk/inquiries/{code}";
    }
}
