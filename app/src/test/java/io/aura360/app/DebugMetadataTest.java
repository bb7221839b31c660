package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code metadata.debug}: no debug output exists, so {@code true} (from anyone, admins included) and any flag
 * object are refused with a 422 {@code invalid-request} naming the field, instead of being accepted and ignored;
 * {@code false} and an absent flag are answered as before.
 */
class DebugMetadataTest extends FullStackTest {

    private static final String INVALID = "https://aura360.io/problems/invalid-request";

    private final UUID user = UUID.randomUUID();

    @AfterEach
    void eraseUser() {
        jdbc.sql("delete from app_users where auth_user_id = ?").param(user).update();
    }

    @Test
    void refusesDebugOutputToAUser() {
        Response response = advice(user, token(user), "mind", "{\"debug\": true}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo(INVALID);
        assertThat(response.json().path("errors").findValuesAsString("field")).anyMatch(f -> f.contains("debug"));
        assertThat(response.body()).contains("no debug output is available");
        assertThat(requests()).as("nothing recorded, no quota used").isZero();
    }

    @Test
    void refusesDebugOutputToAnAdminToo() {
        String admin = TOKENS.sign(user, "premium", List.of("admin"), Duration.ofMinutes(10));

        Response response = advice(user, admin, "mind", "{\"debug\": true}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo(INVALID);
        assertThat(response.body()).contains("no debug output is available");
    }

    @Test
    void refusesUnknownDebugFlags() {
        Response response = advice(user, token(user), "mind", "{\"debug\": {\"retrieval_scores\": true}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo(INVALID);
        assertThat(response.body()).contains("debug");
    }

    @Test
    void answersWhenDebugIsFalse() {
        Response response = advice(user, token(user), "mind", "{\"debug\": false, \"locale\": \"en\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private long requests() {
        return jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                .param(user)
                .query(Long.class)
                .single();
    }
}
