package io.aura360.agents.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Conversation memory in this process (Caffeine): lost on restart, bounded in sessions and in age. */
public final class InMemoryConversationMemory implements ConversationMemory {

    private static final int MAX_SESSIONS = 100_000;

    private final Cache<SessionKey, List<Turn>> sessions;

    public InMemoryConversationMemory(Duration ttl) {
        this.sessions = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(MAX_SESSIONS)
                .build();
    }

    @Override
    public List<Turn> recent(UUID userId, String sessionId) {
        List<Turn> turns = sessions.getIfPresent(new SessionKey(userId, sessionId));
        return (turns == null) ? List.of() : List.copyOf(turns);
    }

    @Override
    public void append(UUID userId, String sessionId, Turn turn) {
        sessions.asMap().compute(new SessionKey(userId, sessionId), (key, turns) -> {
            List<Turn> updated = new ArrayList<>((turns == null) ? List.of() : turns);
            updated.add(turn);
            return List.copyOf(updated.subList(Math.max(0, updated.size() - MAX_TURNS), updated.size()));
        });
    }

    @Override
    public void forgetUser(UUID userId) {
        sessions.asMap().keySet().removeIf(key -> key.userId().equals(userId));
    }

    /** The user as a value, not a string prefix, so forgetting one user can never match another's sessions. */
    private record SessionKey(UUID userId, String sessionId) {}
}
