package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineProfileCacheTest extends ProfileCacheContract {

    private final AtomicLong nanos = new AtomicLong();

    private final CaffeineProfileCache cache = new CaffeineProfileCache(Duration.ofSeconds(60), 100, nanos::get);

    @Override
    ProfileCache cache() {
        return cache;
    }

    @Test
    void forgetsAProfileOnceItsTimeToLiveHasPassed() {
        UUID user = UUID.randomUUID();
        CountingLoader loader = new CountingLoader(Optional.of(profile(user)));
        cache.find(user, loader);

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        cache.find(user, loader);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.find(user, loader);

        assertThat(loader.calls.get()).isEqualTo(2);
    }
}
