package com.inquirydesk.audit.privacy;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.system.CustomerDataEraser;
import com.inquirydesk.system.CustomerErasure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request: every {@link CustomerDataEraser} (one per feature, collected by Spring) anonymises its
 * tables, then {@link KnownTextScrubber} replaces any copy of the customer's texts left anywhere. One
 * transaction: a customer is erased everywhere or nowhere. Counts, times and scores stay.
 */
@Service
public class CustomerErasureService {

    private final JdbcTemplate jdbc;
    private final List<CustomerDataEraser> erasers;
    private final KnownTextScrubber scrubber;
    private final AuditService audit;
    private final AccessLog accessLog;

    CustomerErasureService(JdbcTemplate jdbc, List<CustomerDataEraser> erasers, KnownTextScrubber scrubber,
                           AuditService audit, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.erasers = erasers;
        this.scrubber = scrubber;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    public record Result(long customerId, int inquiries, int processInstances, int scrubbedRows) {
    }

    @Transactional
    public Result erase(long customerId, String staffUser, String sourceAddress) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE id = ?", Long.class, customerId) == 0) {
            throw new CustomerNotFoundException(customerId);
        }
        List<Long> inquiryIds = jdbc.queryForList("SELECT id FROM inquiry WHERE customer_id = ? ORDER BY id", Long.class,
                customerId);
        List<String> codes = jdbc.queryForList("SELECT code FROM inquiry WHERE customer_id = ? ORDER BY id", String.class,
                customerId);
        CustomerErasure erasure = new CustomerErasure(customerId, true, inquiryIds, codes,
                processInstances(customerId, true, inquiryIds, codes));
        int scrubbed = run(erasure);
        audit.record(staffUser, sourceAddress, "CUSTOMER_ERASED", customerId, "customer", String.valueOf(customerId),
                "inquiries=" + inquiryIds.size() + ", processInstances=" + erasure.processInstanceIds().size());
        accessLog.record(staffUser, sourceAddress, AccessAction.ERASE, customerId, "customer " + customerId, AccessVia.API);
        return new Result(customerId, inquiryIds.size(), erasure.processInstanceIds().size(), scrubbed);
    }

    /**
     * The retention purge of some of a customer's (closed) inquiries: their texts go everywhere, the
     * customer's record and other inquiries stay.
     */
    @Transactional
    public void eraseInquiries(long customerId, List<Long> inquiryIds, List<String> codes) {
        run(new CustomerErasure(customerId, false, inquiryIds, codes, processInstances(customerId, false, inquiryIds, codes)));
    }

    private int run(CustomerErasure erasure) {
        List<String> knownTexts = knownTexts(erasure);
        erasers.forEach(eraser -> eraser.erase(erasure));
        return scrubber.scrub(knownTexts);
    }

    /** The inquiries' own instances, those started for the customer or one of their inquiries, and their sub-instances. */
    private Set<String> processInstances(long customerId, boolean wholeCustomer, List<Long> inquiryIds,
                                         List<String> codes) {
        Set<String> ids = new LinkedHashSet<>();
        if (wholeCustomer) {
            ids.addAll(jdbc.queryForList(
                    "SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = 'customerId' AND LONG_ = ?",
                    String.class, customerId));
        }
        if (!codes.isEmpty()) {
            ids.addAll(jdbc.queryForList("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IN ("
                    + CustomerErasure.placeholders(codes.size()) + ")", String.class, codes.toArray()));
            ids.addAll(jdbc.queryForList("SELECT DISTINCT PROC_INST_ID_ FROM ACT_HI_VARINST WHERE NAME_ = 'inquiryId' "
                    + "AND LONG_ IN (" + CustomerErasure.placeholders(inquiryIds.size()) + ")", String.class,
                    inquiryIds.toArray()));
        }
        ids.remove(null);
        if (!ids.isEmpty()) {
            String in = CustomerErasure.placeholders(ids.size());
            List<Object> args = new ArrayList<>(ids);
            args.addAll(ids);
            ids.addAll(jdbc.queryForList("SELECT ID_ FROM ACT_HI_PROCINST WHERE ROOT_PROC_INST_ID_ IN (" + in
                    + ") OR SUPER_PROCESS_INSTANCE_ID_ IN (" + in + ")", String.class, args.toArray()));
        }
        return ids;
    }

    /** Everything the customer wrote or is known by, and the text variables of their process instances. */
    private List<String> knownTexts(CustomerErasure erasure) {
        List<String> texts = new ArrayList<>();
        if (erasure.wholeCustomer()) {
            jdbc.query("SELECT name, email, phone, external_id FROM customer WHERE id = ?", rs -> {
                for (int column = 1; column <= 4; column++) {
                    texts.add(rs.getString(column));
                }
            }, erasure.customerId());
        }
        if (!erasure.inquiryIds().isEmpty()) {
            String in = CustomerErasure.placeholders(erasure.inquiryIds().size());
            Object[] ids = erasure.inquiryIds().toArray();
            texts.addAll(jdbc.queryForList("SELECT subject FROM inquiry WHERE id IN (" + in + ")", String.class, ids));
            texts.addAll(jdbc.queryForList("SELECT body FROM inquiry WHERE id IN (" + in + ")", String.class, ids));
            texts.addAll(jdbc.queryForList("SELECT body FROM inquiry_message WHERE inquiry_id IN (" + in + ")",
                    String.class, ids));
            texts.addAll(jdbc.queryForList("SELECT comment FROM survey_response WHERE inquiry_id IN (" + in + ")",
                    String.class, ids));
        }
        if (!erasure.processInstanceIds().isEmpty()) {
            List<Object> args = new ArrayList<>(erasure.processInstanceIds());
            args.addAll(EngineDataEraser.REFERENCE_VARIABLES);
            texts.addAll(jdbc.queryForList("SELECT DISTINCT TEXT_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN ("
                    + CustomerErasure.placeholders(erasure.processInstanceIds().size()) + ") AND NAME_ NOT IN ("
                    + CustomerErasure.placeholders(EngineDataEraser.REFERENCE_VARIABLES.size())
                    + ") AND VAR_TYPE_ = 'string'", String.class, args.toArray()));
        }
        texts.removeIf(text -> text == null || text.equals(CustomerDataEraser.ERASED));
        return texts;
    }
}
