package io.aura360.gateway.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's webhook URL and signing secret ({@code app_users.webhook_url}, {@code webhook_secret}). */
@Repository
class WebhookRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    WebhookRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the URL with a new secret, returned once so the receiver can verify signatures. */
    String register(UUID userId, String url) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("update app_users set webhook_url = ?, webhook_secret = ? where auth_user_id = ?")
                .params(url, secret, userId)
                .update();
        return secret;
    }

    void remove(UUID userId) {
        jdbc.sql("update app_users set webhook_url = null, webhook_secret = null where auth_user_id = ?")
                .param(userId)
                .update();
    }

    Optional<Target> target(UUID userId) {
        return jdbc.sql(
                        "select webhook_url, webhook_secret from app_users where auth_user_id = ? and webhook_url is not null")
                .param(userId)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2)))
                .optional();
    }

    record Target(String url, String secret) {}
}
