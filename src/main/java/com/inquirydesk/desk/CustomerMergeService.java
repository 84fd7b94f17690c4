package com.inquirydesk.desk;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.PossibleSameCustomers;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.security.StaffRoles;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.TimeSource;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff merge two customer records into one (one action, audited). The kept record receives the other's
 * inquiries and every contact detail it lacks; the absorbed record stays as lineage ({@code merged_into_id},
 * merged at, by whom) and keeps what could not move (a detail the kept record already has differently), and
 * the audit event names both, so no contact detail disappears silently.
 */
@Service
public class CustomerMergeService {

    /** The contact columns a merge carries over, in the order the audit event names them. */
    private static final List<String> DETAILS = List.of("email", "phone", "external_id", "name");
    private static final int AUDIT_DETAIL_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final PossibleSameCustomers possiblySame;
    private final StaffInquiryAccess access;
    private final InquiryRepository inquiries;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final TimeSource time;

    CustomerMergeService(JdbcClient jdbc, PossibleSameCustomers possiblySame, StaffInquiryAccess access,
                         InquiryRepository inquiries, AuditService audit, RuntimeService runtime, TimeSource time) {
        this.jdbc = jdbc;
        this.possiblySame = possiblySame;
        this.access = access;
        this.inquiries = inquiries;
        this.audit = audit;
        this.runtime = runtime;
        this.time = time;
    }

    /** What a merge did, as the API answers it. */
    public record Merged(long kept, long absorbed, List<String> movedInquiries, List<String> movedDetails,
                         List<String> detailsLeftOnAbsorbed) {
    }

    @Transactional
    public Merged merge(long keptId, Long fromId, Authentication staff, String sourceAddress) {
        if (fromId == null) {
            throw CustomerMergeException.missingFrom();
        }
        if (fromId == keptId) {
            throw CustomerMergeException.sameRecord();
        }
        // Both rows locked in id order, so two merges of the same pair cannot interleave or deadlock.
        Map<String, Object> first = lock(Math.min(keptId, fromId));
        Map<String, Object> second = lock(Math.max(keptId, fromId));
        Map<String, Object> kept = keptId < fromId ? first : second;
        Map<String, Object> absorbed = keptId < fromId ? second : first;
        requireNotMerged(keptId, kept);
        requireNotMerged(fromId, absorbed);
        if (!StaffRoles.groupsOf(staff).contains(StaffRoles.SUPERVISORS) && !agentMayMerge(staff, keptId, fromId)) {
            throw CustomerMergeException.notAllowed();
        }

        List<String> moved = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        for (String detail : DETAILS) {
            Object mine = kept.get(detail);
            Object theirs = absorbed.get(detail);
            if (theirs == null || Objects.equals(mine, theirs)) {
                continue;
            }
            if (mine == null) {
                moveDetail(detail, theirs, fromId, keptId);
                moved.add(detail);
            } else {
                leftBehind.add(detail);
            }
        }
        List<String> codes = jdbc.sql("SELECT code FROM inquiry WHERE customer_id = :from ORDER BY id")
                .param("from", fromId).query(String.class).list();
        jdbc.sql("UPDATE inquiry SET customer_id = :kept WHERE customer_id = :from")
                .param("kept", keptId).param("from", fromId).update();
        jdbc.sql("UPDATE customer SET merged_into_id = :kept, merged_at = :now, merged_by = :user, version = version + 1 "
                        + "WHERE id = :from")
                .param("kept", keptId).param("now", Timestamp.from(time.now())).param("user", staff.getName())
                .param("from", fromId).update();
        possiblySame.markMerged(keptId, fromId, staff.getName());
        pointRunningProcessesAt(codes, keptId);
        String details = "from=" + fromId + "; moved=" + String.join(",", moved) + "; leftOnAbsorbed="
                + String.join(",", leftBehind) + "; inquiries=" + String.join(",", codes);
        audit.record(staff.getName(), sourceAddress, "CUSTOMERS_MERGED", keptId, "customer", String.valueOf(keptId),
                details.length() <= AUDIT_DETAIL_LIMIT ? details : details.substring(0, AUDIT_DETAIL_LIMIT - 1) + "…");
        return new Merged(keptId, fromId, codes, moved, leftBehind);
    }

    private Map<String, Object> lock(long id) {
        return jdbc.sql("SELECT id, email, phone, external_id, name, merged_into_id FROM customer WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> {
                    Map<String, Object> values = new java.util.HashMap<>();
                    values.put("email", rs.getString("email"));
                    values.put("phone", rs.getString("phone"));
                    values.put("external_id", rs.getString("external_id"));
                    values.put("name", rs.getString("name"));
                    values.put("merged_into_id", rs.getObject("merged_into_id") == null ? null : rs.getLong("merged_into_id"));
                    return values;
                })
                .optional().orElseThrow(() -> CustomerMergeException.unknown(id));
    }

    private static void requireNotMerged(long id, Map<String, Object> customer) {
        if (customer.get("merged_into_id") != null) {
            throw CustomerMergeException.alreadyMerged(id, (Long) customer.get("merged_into_id"));
        }
    }

    /** An agent merges only what a pending link on an inquiry they may read proposes. */
    private boolean agentMayMerge(Authentication staff, long keptId, long fromId) {
        return StaffRoles.AGENTS.stream().anyMatch(StaffRoles.groupsOf(staff)::contains)
                && possiblySame.pendingInquiriesBetween(keptId, fromId).stream()
                        .map(inquiries::findById)
                        .flatMap(java.util.Optional::stream)
                        .anyMatch(inquiry -> access.mayRead(staff, inquiry));
    }

    /** Unique columns: the absorbed record lets go of the detail before the kept record takes it (a name is copied). */
    private void moveDetail(String column, Object value, long fromId, long keptId) {
        if (!column.equals("name")) {
            jdbc.sql("UPDATE customer SET " + column + " = NULL WHERE id = :from").param("from", fromId).update();
        }
        jdbc.sql("UPDATE customer SET " + column + " = :value, version = version + 1 WHERE id = :kept")
                .param("value", value).param("kept", keptId).update();
    }

    /** Running processes of the moved inquiries (lifecycle, survey) refer to the kept customer from now on. */
    private void pointRunningProcessesAt(List<String> codes, long keptId) {
        EngineAuthorization.asProcess(() -> {
            for (String code : codes) {
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().forEach(instance -> {
                    if (runtime.getVariable(instance.getId(), InquiryVariables.CUSTOMER_ID) != null) {
                        runtime.setVariable(instance.getId(), InquiryVariables.CUSTOMER_ID, keptId);
                    }
                });
            }
            return null;
        });
    }
}
