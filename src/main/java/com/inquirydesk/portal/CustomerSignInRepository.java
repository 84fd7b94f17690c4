package com.inquirydesk.portal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerSignInRepository extends JpaRepository<CustomerSignIn, Long> {

    Optional<CustomerSignIn> findByTokenHashAndKind(String tokenHash, String kind);

    Optional<CustomerSignIn> findByOutboxIdAndKindAndUsedAtIsNull(Long outboxId, String kind);

    /**
     * Marks an unused, unexpired link as used. One conditional update: of two requests with the same link at
     * the same moment exactly one changes the row, so a link opens at most one session.
     */
    @Modifying
    @Query("update CustomerSignIn s set s.usedAt = :now where s.tokenHash = :hash and s.kind = 'LINK'"
            + " and s.usedAt is null and s.expiresAt > :now")
    int consume(@Param("hash") String tokenHash, @Param("now") Instant now);
}
