package io.aura360.gateway.request;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts each user's open status streams on this instance, so one user cannot hold an unbounded number. */
final class StreamSlots {

    private final Map<UUID, Integer> open = new ConcurrentHashMap<>();

    private final int perUser;

    StreamSlots(int perUser) {
        this.perUser = perUser;
    }

    /** A slot for {@code userId}, or empty when the user already holds {@code perUser} streams. */
    Optional<Slot> take(UUID userId) {
        AtomicBoolean taken = new AtomicBoolean();
        open.compute(userId, (user, count) -> {
            int current = (count == null) ? 0 : count;
            if (current >= perUser) {
                return count;
            }
            taken.set(true);
            return current + 1;
        });
        return taken.get() ? Optional.of(new Slot(userId)) : Optional.empty();
    }

    int held(UUID userId) {
        return open.getOrDefault(userId, 0);
    }

    /** One open stream's place; giving it back twice counts once. */
    final class Slot {

        private final UUID userId;

        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(UUID userId) {
            this.userId = userId;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                open.computeIfPresent(userId, (user, count) -> (count <= 1) ? null : count - 1);
            }
        }
    }
}
