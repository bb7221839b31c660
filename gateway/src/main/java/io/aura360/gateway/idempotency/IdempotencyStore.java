package io.aura360.gateway.idempotency;

import java.time.Duration;
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

    /** True when this call now owns the key; false when a live claim or result already exists. */
    boolean claim(UUID userId, String key, String requestHash, Duration ttl) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and key = ? and expires_at < now()")
                .params(userId, key)
                .update();
        return jdbc.sql("""
				insert into idempotency_keys (user_id, key, request_hash, status, expires_at)
				values (?, ?, ?, 'IN_FLIGHT', now() + make_interval(secs => ?))
				on conflict (user_id, key) do nothing""")
                        .params(userId, key, requestHash, (double) ttl.toSeconds())
                        .update()
                == 1;
    }

    Optional<StoredKey> find(UUID userId, String key) {
        return jdbc.sql(
                        "select request_hash, status, response::text from idempotency_keys where user_id = ? and key = ?")
                .params(userId, key)
                .query((rs, n) -> new StoredKey(rs.getString(1), KeyStatus.valueOf(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    void complete(UUID userId, String key, String responseJson) {
        jdbc.sql(
                        "update idempotency_keys set status = 'COMPLETED', response = cast(? as jsonb) where user_id = ? and key = ?")
                .params(responseJson, userId, key)
                .update();
    }

    void release(UUID userId, String key) {
        jdbc.sql("delete from idempotency_keys where user_id = ? and key = ? and status = 'IN_FLIGHT'")
                .params(userId, key)
                .update();
    }

    record StoredKey(String requestHash, KeyStatus status, String response) {}

    /** {@code idempotency_keys.status}: the first call still runs, or its answer is stored. */
    enum KeyStatus {
        IN_FLIGHT,
        COMPLETED
    }
}
