package io.aura360.agents.conversation;

import java.util.List;
import java.util.UUID;

/**
 * Short conversation history per user and {@code session_id}, kept for a limited time: the last turns are put
 * into the next prompt's context. Keys are scoped by user, so a session id guessed from another user's
 * traffic reads nothing.
 */
public interface ConversationMemory {

    /** The most recent turns of the session, oldest first (at most {@link #MAX_TURNS}). */
    List<Turn> recent(UUID userId, String sessionId);

    void append(UUID userId, String sessionId, Turn turn);

    /** Drops every session of the user (erasure); other users' sessions are untouched. Idempotent. */
    void forgetUser(UUID userId);

    int MAX_TURNS = 6;

    /** One turn: who spoke ({@code user} or {@code assistant}) and what was said, already scrubbed of PII. */
    record Turn(String role, String text) {}
}
