package com.inquirydesk.customer;

import com.inquirydesk.system.TimeSource;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    /** How often a registration that lost a race looks again for the winner's row before giving up. */
    private static final int RE_READS = 100;

    private final CustomerRepository customers;
    private final JdbcClient jdbc;
    private final TimeSource time;

    public CustomerService(CustomerRepository customers, JdbcClient jdbc, TimeSource time) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * Finds the customer by the strongest identifier given (external id, then e-mail, then phone) or
     * registers a new one.
     *
     * <p>A request only claims these details; nothing here proves them. So a match is returned as it
     * is: a claim never adds to, or changes, a known customer's contact details or external id.
     *
     * <p>Race-safe without check-then-act: several first contacts of the same new customer at once all
     * try to insert, the unique constraints on e-mail, phone and external id let exactly one through,
     * and the others read the winner's row. The insert goes through plain JDBC so that a refused one
     * leaves the surrounding transaction (and its persistence context) intact.
     */
    @Transactional
    public Customer matchOrRegister(ContactDetails contact, String locale) {
        Optional<Customer> match = find(contact);
        if (match.isPresent()) {
            return match.get();
        }
        try {
            return customers.findById(insert(contact, locale)).orElseThrow();
        } catch (DuplicateKeyException | QueryTimeoutException lostTheRace) {
            // MariaDB waits for the winner and then refuses the duplicate; H2 gives up waiting for the
            // winner's lock first. Either way the statement alone failed and the winner's row is coming.
            return reReadWinner(contact, lostTheRace);
        }
    }

    private Optional<Customer> find(ContactDetails contact) {
        return Stream.of(
                        Optional.ofNullable(contact.externalId()).flatMap(customers::findByExternalId),
                        Optional.ofNullable(contact.email()).flatMap(customers::findByEmail),
                        Optional.ofNullable(contact.phone()).flatMap(customers::findByPhone))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private long insert(ContactDetails contact, String locale) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer (email, phone, name, external_id, locale, created_at) "
                        + "VALUES (:email, :phone, :name, :externalId, :locale, :createdAt)")
                .param("email", contact.email()).param("phone", contact.phone()).param("name", contact.name())
                .param("externalId", contact.externalId()).param("locale", locale == null ? "ko" : locale)
                .param("createdAt", Timestamp.from(time.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The winner's transaction may commit a moment after the database refused ours: look again briefly. */
    private Customer reReadWinner(ContactDetails contact, DataAccessException lostTheRace) {
        for (int attempt = 0; attempt < RE_READS; attempt++) {
            Optional<Customer> winner = find(contact);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw lostTheRace;
    }

    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new IllegalStateException("no customer " + id));
    }
}
