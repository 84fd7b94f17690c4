package com.inquirydesk.desk;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.security.StaffRoles;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which inquiries a staff member may open (DESIGN §2): supervisors and auditors all of them; agents
 * those of their groups and those they handled; VOC reviewers those behind a VOC item; the product
 * team those linked to product feedback. The URL rules in SecurityConfig have already decided the role
 * may read inquiries at all; this decides the one inquiry.
 */
@Component
public class StaffInquiryAccess {

    private final JdbcClient jdbc;

    StaffInquiryAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Supervisors and auditors may read every inquiry and customer. */
    public static boolean readsEverything(Set<String> groups) {
        return groups.contains(StaffRoles.SUPERVISORS) || groups.contains(StaffRoles.AUDITORS);
    }

    public boolean mayRead(Authentication staff, Inquiry inquiry) {
        Set<String> groups = StaffRoles.groupsOf(staff);
        if (readsEverything(groups)) {
            return true;
        }
        String user = staff.getName();
        boolean agent = StaffRoles.AGENTS.stream().anyMatch(groups::contains);
        if (agent && (groups.contains(inquiry.getCandidateGroup()) || user.equals(inquiry.getAssignee())
                || handled(user, inquiry.getId()))) {
            return true;
        }
        if (groups.contains(StaffRoles.VOC_REVIEWERS) && exists("voc_item", inquiry.getId())) {
            return true;
        }
        return groups.contains(StaffRoles.PRODUCT_TEAM) && exists("product_feedback_link", inquiry.getId());
    }

    /** Answered or noted on it before (it may have moved to another group since). */
    private boolean handled(String user, long inquiryId) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = :id AND author = :user")
                .param("id", inquiryId).param("user", user).query(Long.class).single() > 0;
    }

    private boolean exists(String table, long inquiryId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE inquiry_id = :id")
                .param("id", inquiryId).query(Long.class).single() > 0;
    }
}
