package com.inquirydesk.customer;

import com.inquirydesk.system.TimeSource;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final TimeSource time;

    public CustomerService(CustomerRepository customers, TimeSource time) {
        this.customers = customers;
        this.time = time;
    }

    /**
     * Finds the customer by the strongest identifier given (external id, then e-mail, then phone)
     * or registers a new one. Details the match did not know yet are added when no other customer
     * already owns them.
     */
    @Transactional
    public Customer matchOrRegister(ContactDetails contact, String locale) {
        Optional<Customer> match = Stream.of(
                        Optional.ofNullable(contact.externalId()).flatMap(customers::findByExternalId),
                        Optional.ofNullable(contact.email()).flatMap(customers::findByEmail),
                        Optional.ofNullable(contact.phone()).flatMap(customers::findByPhone))
                .flatMap(Optional::stream)
                .findFirst();
        if (match.isPresent()) {
            Customer customer = match.get();
            customer.completeWith(
                    contact.email() != null && !customers.existsByEmail(contact.email()) ? contact.email() : null,
                    contact.phone() != null && !customers.existsByPhone(contact.phone()) ? contact.phone() : null,
                    contact.name(),
                    contact.externalId() != null && !customers.existsByExternalId(contact.externalId())
                            ? contact.externalId() : null);
            return customer;
        }
        return customers.save(new Customer(contact.email(), contact.phone(), contact.name(),
                contact.externalId(), locale, time.now()));
    }

    public Customer get(long id) {
        return customers.findById(id).orElseThrow(() -> new IllegalStateException("no customer " + id));
    }
}
