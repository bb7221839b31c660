package io.aura360.gateway.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code idempotency_keys} table: claim a key, complete it with its response, read or release it. */
@Repository
class IdempotencyStore {

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when this call now owns the key, claimed for {@code requestId}; false when a live claim or result
     * already exists.
     */
    boolean claim(UUID userId, String key, String requestHash, Duration ttl, UUID requestId) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and key = ? and expires_at < now()")
                .params(userId, key)
                .update();
        return jdbc.sql("""
				insert into idempotency_keys (user_id, key, request_hash, status, expires_at, request_id)
				values (?, ?, ?, 'IN_FLIGHT', now() + make_interval(secs => ?), ?)
				on conflict (user_id, key) do nothing""")
                        .params(userId, key, requestHash, (double) ttl.toSeconds(), requestId)
                        .update()
                == 1;
    }

    Optional<StoredKey> find(UUID userId, String key) {
        return jdbc.sql("""
				select request_hash, status, response::text as response, request_id, created_at
				from idempotency_keys where user_id = ? and key = ?""")
                .params(userId, key)
                .query((rs, n) -> new StoredKey(
                        rs.getString("request_hash"),
                        KeyStatus.valueOf(rs.getString("status")),
                        rs.getString("response"),
                        rs.getObject("request_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void complete(UUID userId, String key, String responseJson) {
        jdbc.sql(
                        "update idempotency_keys set status = 'COMPLETED', response = cast(? as jsonb) where user_id = ? and key = ?")
                .params(responseJson, userId, key)
                .update();
    }

    /** Drops the claim made for {@code requestId} only, so a claim made since by a retry is left alone. */
    void release(UUID userId, String key, UUID requestId) {
        jdbc.sql("""
				delete from idempotency_keys
				where user_id = ? and key = ? and status = 'IN_FLIGHT' and request_id is not distinct from ?""").params(userId, key, requestId).update();
    }

    record StoredKey(String requestHash, KeyStatus status, String response, UUID requestId, Instant claimedAt) {}

    /** {@code idempotency_keys.status}: the first call still runs, or its answer is stored. */
    enum KeyStatus {
        IN_FLIGHT,
        COMPLETED
    }
}
