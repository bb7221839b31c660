package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileCache} does; each adapter's test extends this. */
abstract class ProfileCacheContract {

    abstract ProfileCache cache();

    @Test
    void readsThroughOnceAndServesTheSameProfileAfterwards() {
        UUID user = UUID.randomUUID();
        CountingLoader loader = new CountingLoader(Optional.of(profile(user)));

        Optional<UserProfile> first = cache().find(user, loader);
        Optional<UserProfile> second = cache().find(user, loader);

        assertThat(first).contains(profile(user));
        assertThat(second).contains(profile(user));
        assertThat(loader.calls.get()).isOne();
    }

    @Test
    void doesNotRememberThatAProfileWasMissing() {
        UUID user = UUID.randomUUID();
        CountingLoader loader = new CountingLoader(Optional.empty());

        assertThat(cache().find(user, loader)).isEmpty();
        assertThat(cache().find(user, loader)).isEmpty();
        assertThat(loader.calls.get()).isEqualTo(2);
    }

    @Test
    void evictionMakesTheNextReadGoToTheDatabaseForThatUserOnly() {
        UUID user = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        CountingLoader loader = new CountingLoader(Optional.of(profile(user)));
        CountingLoader otherLoader = new CountingLoader(Optional.of(profile(other)));
        cache().find(user, loader);
        cache().find(other, otherLoader);

        cache().evict(user);
        cache().find(user, loader);
        cache().find(other, otherLoader);

        assertThat(loader.calls.get()).isEqualTo(2);
        assertThat(otherLoader.calls.get()).isOne();
    }

    @Test
    void evictingAUserWithNothingCachedIsHarmless() {
        cache().evict(UUID.randomUUID());
    }

    static UserProfile profile(UUID user) {
        return new UserProfile(
                user,
                "plus",
                "es",
                "female",
                LocalDate.of(1985, 2, 3),
                165.5,
                "moderate",
                List.of("sleep better"),
                Map.of("tone", "warm", "reminders", Map.of("hour", 21)),
                List.of("pregnancy"),
                List.of(Map.of("type", "sleep", "description", "late nights")),
                Map.of("sleep_hours", "6 h"));
    }

    static final class CountingLoader implements Function<UUID, Optional<UserProfile>> {

        final AtomicInteger calls = new AtomicInteger();

        private final Optional<UserProfile> answer;

        CountingLoader(Optional<UserProfile> answer) {
            this.answer = answer;
        }

        @Override
        public Optional<UserProfile> apply(UUID userId) {
            calls.incrementAndGet();
            return answer;
        }
    }
}
