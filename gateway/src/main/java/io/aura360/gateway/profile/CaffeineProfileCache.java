package io.aura360.gateway.profile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The in-process profile cache (one gateway instance, no Redis). A load and an eviction of the same user are
 * serialised by Caffeine, so an eviction that comes while a profile is being read removes what that read stores.
 */
public final class CaffeineProfileCache implements ProfileCache {

    private final Cache<UUID, UserProfile> cache;

    public CaffeineProfileCache(Duration ttl, long maxEntries, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maxEntries)
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<UserProfile> find(UUID userId, Function<UUID, Optional<UserProfile>> loader) {
        return Optional.ofNullable(cache.get(userId, id -> loader.apply(id).orElse(null)));
    }

    @Override
    public void evict(UUID userId) {
        cache.invalidate(userId);
    }
}
