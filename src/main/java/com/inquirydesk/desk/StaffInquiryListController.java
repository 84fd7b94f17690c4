package com.inquirydesk.desk;

import com.inquirydesk.assignment.AvailabilityService;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.security.StaffRoles;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;

/** The staff inquiry list (API and desk page) and internal notes (API and the note form of the inquiry page). */
@Controller
class StaffInquiryListController {

    record NoteRequest(String body) {
    }

    private final StaffInquirySearch search;
    private final InternalNotes notes;
    private final AvailabilityService availability;
    private final InquiryDeskProperties properties;

    StaffInquiryListController(StaffInquirySearch search, InternalNotes notes, AvailabilityService availability,
                               InquiryDeskProperties properties) {
        this.search = search;
        this.notes = notes;
        this.availability = availability;
        this.properties = properties;
    }

    @GetMapping("/api/v1/staff/inquiries")
    @ResponseBody
    StaffInquiryPage list(@RequestParam Map<String, String> params, Authentication staff, HttpServletRequest request) {
        return search.search(filter(params), staff, request.getRemoteAddr(), AccessVia.API);
    }

    @GetMapping("/desk/inquiries")
    String page(@RequestParam Map<String, String> params, Authentication staff, HttpServletRequest request, Model model) {
        StaffInquiryFilter filter = filter(params);
        model.addAttribute("result", search.search(filter, staff, request.getRemoteAddr(), AccessVia.DESK));
        model.addAttribute("filter", filter);
        model.addAttribute("params", params);
        model.addAttribute("statuses", InquiryStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("groups", StaffRoles.AGENTS);
        boolean agent = StaffRoles.AGENTS.stream().anyMatch(StaffRoles.groupsOf(staff)::contains);
        model.addAttribute("me", agent ? availability.ownIfAgent(staff.getName()).orElse(null) : null);
        model.addAttribute("supervisor", StaffRoles.groupsOf(staff).contains(StaffRoles.SUPERVISORS));
        model.addAttribute("zone", properties.zone());
        return "desk/inquiries";
    }

    @PostMapping("/api/v1/staff/inquiries/{code}/notes")
    @ResponseBody
    ResponseEntity<InternalNotes.Note> addNote(@PathVariable String code, @RequestBody NoteRequest body,
                                               Authentication staff, HttpServletRequest request) {
        InternalNotes.Note note = notes.add(code, body.body(), staff, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/staff/inquiries/" + UriUtils.encodePathSegment(code, "UTF-8")))
                .body(note);
    }

    /** The note form on the inquiry page; an empty or too long note comes back to the page with the reason. */
    @PostMapping("/desk/inquiries/{code}/notes")
    String addNoteFromDesk(@PathVariable String code, @RequestParam(required = false) String body, Authentication staff,
                           HttpServletRequest request) {
        String page = "/desk/inquiries/" + UriUtils.encodePathSegment(code, "UTF-8");
        try {
            notes.add(code, body, staff, request.getRemoteAddr());
        } catch (InvalidStaffParameterException invalid) {
            return "redirect:" + page + "?noteError=" + UriUtils.encodeQueryParam(invalid.getMessage(), "UTF-8") + "#notes";
        }
        return "redirect:" + page + "?noted#notes";
    }

    private static StaffInquiryFilter filter(Map<String, String> params) {
        return StaffInquiryFilter.parse(params.get("status"), params.get("group"), params.get("assignee"),
                params.get("category"), params.get("channel"), params.get("q"), params.get("customer"),
                params.get("page"), params.get("size"), params.get("sort"));
    }
}
