package com.inquirydesk.customer;

import com.inquirydesk.system.TimeSource;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Who an intake is from, and the known customers an unproven claim named (for an agent to merge). */
    public record Identified(Customer customer, List<PossibleMatch> possiblySame) {
    }

    /** A known customer whose {@code matchedOn} details (e.g. "email,phone") an unproven request claimed. */
    public record PossibleMatch(long candidateId, String matchedOn) {
    }

    /**
     * The customer a channel has proven (a mail from the address, a signed messenger user id, a chat
     * session's own id), found by that detail or registered with it.
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
            return get(kept(match.get()));
        }
        try {
            return customers.findById(insert(contact, null, locale)).orElseThrow();
        } catch (DuplicateKeyException | QueryTimeoutException lostTheRace) {
            // MariaDB waits for the winner and then refuses the duplicate; H2 gives up waiting for the
            // winner's lock first. Either way the statement alone failed and the winner's row is coming.
            return reReadWinner(contact, lostTheRace);
        }
    }

    /**
     * A request that only claims its contact details (API, portal form, chat with an e-mail). A claim never
     * reads, changes or joins a known customer: when a detail already belongs to someone, the request gets a
     * customer record of its own that keeps that detail as claimed (for replies, never for matching), and the
     * known customer is named as possibly the same one. Details nobody has yet are registered as usual.
     */
    @Transactional
    public Identified registerClaim(ContactDetails contact, String locale) {
        DataAccessException lastRace = null;
        for (int attempt = 0; attempt < RE_READS; attempt++) {
            Map<Long, List<String>> owners = owners(contact);
            ContactDetails free = new ContactDetails(
                    owned(contact.email(), customers::findByEmail) ? null : contact.email(),
                    owned(contact.phone(), customers::findByPhone) ? null : contact.phone(),
                    contact.name(),
                    owned(contact.externalId(), customers::findByExternalId) ? null : contact.externalId());
            ContactDetails claimed = new ContactDetails(
                    free.email() == null ? contact.email() : null,
                    free.phone() == null ? contact.phone() : null,
                    null,
                    free.externalId() == null ? contact.externalId() : null);
            try {
                Customer customer = customers.findById(insert(free, claimed, locale)).orElseThrow();
                List<PossibleMatch> possiblySame = new ArrayList<>();
                owners.forEach((id, details) -> possiblySame.add(new PossibleMatch(id, String.join(",", details))));
                return new Identified(customer, possiblySame);
            } catch (DuplicateKeyException | QueryTimeoutException lostTheRace) {
                // Another first contact registered one of the free details a moment ago: it is contested now.
                lastRace = lostTheRace;
                pause();
            }
        }
        throw lastRace;
    }

    /** The known customers owning the claimed details, followed through merges to the record that was kept. */
    private Map<Long, List<String>> owners(ContactDetails contact) {
        Map<Long, List<String>> owners = new LinkedHashMap<>();
        Optional.ofNullable(contact.externalId()).flatMap(customers::findByExternalId)
                .ifPresent(owner -> owners.computeIfAbsent(kept(owner), id -> new ArrayList<>()).add("externalId"));
        Optional.ofNullable(contact.email()).flatMap(customers::findByEmail)
                .ifPresent(owner -> owners.computeIfAbsent(kept(owner), id -> new ArrayList<>()).add("email"));
        Optional.ofNullable(contact.phone()).flatMap(customers::findByPhone)
                .ifPresent(owner -> owners.computeIfAbsent(kept(owner), id -> new ArrayList<>()).add("phone"));
        return owners;
    }

    private long kept(Customer customer) {
        Customer current = customer;
        for (int hops = 0; current.getMergedIntoId() != null && hops < 20; hops++) {
            current = get(current.getMergedIntoId());
        }
        return current.getId();
    }

    private static boolean owned(String value, java.util.function.Function<String, Optional<Customer>> finder) {
        return value != null && finder.apply(value).isPresent();
    }

    private Optional<Customer> find(ContactDetails contact) {
        return Stream.of(
                        Optional.ofNullable(contact.externalId()).flatMap(customers::findByExternalId),
                        Optional.ofNullable(contact.email()).flatMap(customers::findByEmail),
                        Optional.ofNullable(contact.phone()).flatMap(customers::findByPhone))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private long insert(ContactDetails contact, ContactDetails claimed, String locale) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO customer (email, phone, name, external_id, claimed_email, claimed_phone, "
                        + "claimed_external_id, locale, created_at) VALUES (:email, :phone, :name, :externalId, "
                        + ":claimedEmail, :claimedPhone, :claimedExternalId, :locale, :createdAt)")
                .param("email", contact.email()).param("phone", contact.phone()).param("name", contact.name())
                .param("externalId", contact.externalId())
                .param("claimedEmail", claimed == null ? null : claimed.email())
                .param("claimedPhone", claimed == null ? null : claimed.phone())
                .param("claimedExternalId", claimed == null ? null : claimed.externalId())
                .param("locale", locale == null ? "ko" : locale)
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
            pause();
        }
        throw lostTheRace;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering a customer", e);
        }
    }

    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new IllegalStateException("no customer " + id));
    }
}
