package io.aura360.gateway.request;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;

/**
 * In-process fan-out of "this request's status changed" to the streams following it on this instance. Fed by
 * {@link RequestStatusListener} from PostgreSQL notifications, so changes made anywhere arrive; listeners run on
 * the background executor, never on the thread that delivers the notification.
 */
@Component
class RequestStatusBus {

    private final Map<UUID, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    private final ExecutorService background;

    RequestStatusBus(ExecutorService adviceExecutor) {
        this.background = adviceExecutor;
    }

    /** Calls {@code onChange} after each status change of {@code requestId} until the returned handle is closed. */
    Subscription subscribe(UUID requestId, Runnable onChange) {
        listeners
                .computeIfAbsent(requestId, id -> ConcurrentHashMap.newKeySet())
                .add(onChange);
        return () -> listeners.computeIfPresent(requestId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(UUID requestId) {
        Set<Runnable> following = listeners.get(requestId);
        if (following != null) {
            following.forEach(background::execute);
        }
    }

    /** Every followed request may have changed: after a lost connection, notifications may be missing. */
    void changedAll() {
        listeners.keySet().forEach(this::changed);
    }

    Set<UUID> followed() {
        return Set.copyOf(listeners.keySet());
    }

    /** Ends a subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
