package io.aura360.gateway.push;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's device tokens ({@code push_device_tokens}). Every statement is keyed by the user, except
 * {@link #forget}: a token FCM calls unregistered is dead for everyone who registered it.
 */
@Repository
class DeviceTokenRegistry {

    /** A user rarely has more devices; the oldest registrations go first past this. */
    static final int MAX_TOKENS_PER_USER = 10;

    private final JdbcClient jdbc;

    DeviceTokenRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void register(UUID userId, String token, String platform) {
        jdbc.sql("""
				insert into push_device_tokens (user_id, token, platform) values (?, ?, ?)
				on conflict (user_id, token) do update set platform = excluded.platform, created_at = now()""").params(userId, token, platform).update();
        jdbc.sql("""
				delete from push_device_tokens where user_id = ? and token not in (
				  select token from push_device_tokens where user_id = ? order by created_at desc limit ?)""").params(userId, userId, MAX_TOKENS_PER_USER).update();
    }

    /** Whether the caller had this token. */
    boolean remove(UUID userId, String token) {
        return jdbc.sql("delete from push_device_tokens where user_id = ? and token = ?")
                        .params(userId, token)
                        .update()
                > 0;
    }

    List<String> tokens(UUID userId) {
        return jdbc.sql("select token from push_device_tokens where user_id = ? order by created_at desc")
                .param(userId)
                .query(String.class)
                .list();
    }

    void forget(String token) {
        jdbc.sql("delete from push_device_tokens where token = ?").param(token).update();
    }
}
