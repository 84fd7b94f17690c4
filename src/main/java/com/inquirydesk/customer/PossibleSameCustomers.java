package com.inquirydesk.customer;

import com.inquirydesk.system.TimeSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between an inquiry whose request only claimed a known customer's details and that customer. They
 * stay PENDING until staff merge the two records (MERGED); nothing is joined before that.
 */
@Component
public class PossibleSameCustomers {

    public static final String PENDING = "PENDING";
    public static final String MERGED = "MERGED";

    private final JdbcClient jdbc;
    private final TimeSource time;

    PossibleSameCustomers(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** One link as staff see it on the inquiry: the known customer it may be, and what the request claimed. */
    public record Link(long id, long customerId, long candidateId, String candidateName, String matchedOn,
                       String status, Instant createdAt) {
    }

    @Transactional
    public void record(long inquiryId, long customerId, List<CustomerService.PossibleMatch> matches) {
        Timestamp now = Timestamp.from(time.now());
        for (CustomerService.PossibleMatch match : matches) {
            jdbc.sql("INSERT INTO possible_same_customer (inquiry_id, customer_id, candidate_id, matched_on, status, "
                            + "created_at) VALUES (:inquiry, :customer, :candidate, :matchedOn, :status, :now)")
                    .param("inquiry", inquiryId).param("customer", customerId).param("candidate", match.candidateId())
                    .param("matchedOn", match.matchedOn()).param("status", PENDING).param("now", now)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<Link> forInquiry(long inquiryId) {
        return jdbc.sql("SELECT l.id, l.customer_id, l.candidate_id, c.name, l.matched_on, l.status, l.created_at "
                        + "FROM possible_same_customer l JOIN customer c ON c.id = l.candidate_id "
                        + "WHERE l.inquiry_id = :inquiry ORDER BY l.id")
                .param("inquiry", inquiryId)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The inquiries on which a pending link says the two records may be one customer (either way round). */
    @Transactional(readOnly = true)
    public List<Long> pendingInquiriesBetween(long customerA, long customerB) {
        return jdbc.sql("SELECT inquiry_id FROM possible_same_customer WHERE status = :pending AND "
                        + "((customer_id = :a AND candidate_id = :b) OR (customer_id = :b AND candidate_id = :a))")
                .param("pending", PENDING).param("a", customerA).param("b", customerB)
                .query(Long.class).list();
    }

    /** Every pending link between the two records is settled by their merge. */
    @Transactional
    public int markMerged(long customerA, long customerB, String staffUser) {
        return jdbc.sql("UPDATE possible_same_customer SET status = :merged, resolved_at = :now, resolved_by = :user "
                        + "WHERE status = :pending AND ((customer_id = :a AND candidate_id = :b) "
                        + "OR (customer_id = :b AND candidate_id = :a))")
                .param("merged", MERGED).param("now", Timestamp.from(time.now())).param("user", staffUser)
                .param("pending", PENDING).param("a", customerA).param("b", customerB)
                .update();
    }
}
