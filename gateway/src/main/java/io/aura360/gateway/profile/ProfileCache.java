package io.aura360.gateway.profile;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Recently loaded profiles, kept for a short time so an advice request does not read five tables each time.
 * Every write to a profile or its health data evicts the user's entry; the time to live bounds how long a reader
 * that raced a write may keep serving what it read before it. Absent profiles are not cached.
 */
public interface ProfileCache {

    /** The cached profile, or the one {@code loader} reads (then cached when present). */
    Optional<UserProfile> find(UUID userId, Function<UUID, Optional<UserProfile>> loader);

    /** Forgets the user's profile; the next {@link #find} reads it again. */
    void evict(UUID userId);
}
