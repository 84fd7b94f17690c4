package com.inquirydesk.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a source address, a contact, an inquiry), all with the same limit. Kept in
 * memory per node: a limit is a brake on abuse, not an accounting record, so a restart may reset it.
 * Buckets that are full again are dropped now and then, so keys seen once do not pile up.
 */
public final class KeyedBuckets {

    private static final int PRUNE_ABOVE = 10_000;

    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public KeyedBuckets(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Takes one token for the key; empty when there was one, otherwise how long until there is. */
    public java.util.Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How long the key must wait before it may take a token; empty when it may now (nothing is taken). */
    public java.util.Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return java.util.Optional.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofNanos(nanos));
    }

    private Bucket bucket(String key) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build());
    }

    /** Whole seconds for a Retry-After header, never 0. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
