package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on advice: replay, conflicting reuse, in-flight duplicates, per-user scope. */
class IdempotencyTest extends FullStackTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void replaysTheStoredAnswerForTheSameKeyAndBody() {
        Response first = withKey("key-1", body("mind"), token(user));
        Response again = withKey("key-1", body("mind"), token(user));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.body())
                .as("the replay is written like the first answer")
                .isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(requests()).as("the work ran once").isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        assertThat(withKey("key-2", body("mind"), token(user)).status()).isEqualTo(200);

        Response reused = withKey("key-2", body("soul"), token(user));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("detail").asString()).contains("different request body");
    }

    @Test
    void scopesKeysPerUser() {
        UUID other = UUID.randomUUID();
        assertThat(withKey("shared-key", body("mind"), token(user)).status()).isEqualTo(200);

        Response theirs =
                withKey("shared-key", "{\"user_id\": \"%s\", \"category\": \"mind\"}".formatted(other), token(other));

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.json().path("response").path("user").path("id").asString())
                .isEqualTo(other.toString());
    }

    @Test
    void concurrentDuplicatesRunTheWorkOnceAndGetAConflictWhileItRuns() throws Exception {
        List<Callable<Integer>> duplicates = IntStream.range(0, 6)
                .<Callable<Integer>>mapToObj(i ->
                        () -> withKey("race-key", body("body"), token(user)).status())
                .toList();

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            statuses = pool.invokeAll(duplicates).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception ex) {
                            throw new IllegalStateException(ex);
                        }
                    })
                    .toList();
        }

        assertThat(statuses).containsOnly(200, 409).contains(200);
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void releasesTheKeyWhenTheRequestFailsSoItCanBeRetried() {
        UUID someoneElse = UUID.randomUUID();
        String foreign = "{\"user_id\": \"%s\", \"category\": \"mind\"}".formatted(someoneElse);
        assertThat(withKey("retry-key", foreign, token(user)).status()).isEqualTo(403);

        assertThat(withKey("retry-key", body("mind"), token(user)).status()).isEqualTo(200);
    }

    @Test
    void aKeyACrashLeftInFlightReplaysTheAnswerOfTheRequestThatCompleted() {
        Response first = withKey("crash-done", body("mind"), token(user));
        assertThat(first.status()).isEqualTo(200);
        crashBeforeTheAnswerWasStored("crash-done");

        Response again = withKey("crash-done", body("mind"), token(user));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("request_id")).isEqualTo(first.json().path("request_id"));
        assertThat(again.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(requests()).as("the work ran once").isEqualTo(1);
        assertThat(keyStatus("crash-done")).as("resolved for later replays too").isEqualTo("COMPLETED");
    }

    @Test
    void aKeyACrashLeftInFlightIsReleasedWhenItsRequestFailed() {
        Response first = withKey("crash-failed", body("mind"), token(user));
        crashBeforeTheAnswerWasStored("crash-failed");
        jdbc.sql("update holistic_requests set status = 'FAILED', error_type = 'INTERRUPTED' where id = ?")
                .param(UUID.fromString(first.json().path("request_id").asString()))
                .update();

        Response again = withKey("crash-failed", body("mind"), token(user));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().path("request_id")).isNotEqualTo(first.json().path("request_id"));
        assertThat(requests()).as("the retry ran anew").isEqualTo(2);
    }

    @Test
    void aKeyACrashLeftInFlightBeforeItsRequestExistedIsReleasedOnceNoWorkerCanStillRunIt() {
        withKey("crash-early", body("mind"), token(user));
        crashBeforeTheAnswerWasStored("crash-early");
        jdbc.sql("update idempotency_keys set request_id = ?, created_at = now() - interval '10 minutes'"
                        + " where user_id = ? and key = ?")
                .params(UUID.randomUUID(), user, "crash-early")
                .update();

        Response again = withKey("crash-early", body("mind"), token(user));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aKeyStillInFlightForAnOpenRequestIsAConflict() {
        withKey("open-key", body("mind"), token(user));
        crashBeforeTheAnswerWasStored("open-key");
        jdbc.sql("update holistic_requests set status = 'PROCESSING' where user_id = ?")
                .param(user)
                .update();

        assertThat(withKey("open-key", body("mind"), token(user)).status()).isEqualTo(409);

        jdbc.sql("update holistic_requests set status = 'COMPLETED' where user_id = ?")
                .param(user)
                .update();
    }

    @Test
    void refusesMalformedKeys() {
        assertThat(withKey("bad key with spaces", body("mind"), token(user)).status())
                .isEqualTo(422);
        assertThat(withKey("k".repeat(101), body("mind"), token(user)).status()).isEqualTo(422);
    }

    private String body(String category) {
        return "{\"user_id\": \"%s\", \"category\": \"%s\"}".formatted(user, category);
    }

    private Response withKey(String key, String body, String token) {
        return send(request("/api/v1/holistic/advice")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key));
    }

    /** As a crash between the end of the work and storing its answer leaves the key: claimed, without answer. */
    private void crashBeforeTheAnswerWasStored(String key) {
        jdbc.sql("update idempotency_keys set status = 'IN_FLIGHT', response = null where user_id = ? and key = ?")
                .params(user, key)
                .update();
    }

    private String keyStatus(String key) {
        return jdbc.sql("select status from idempotency_keys where user_id = ? and key = ?")
                .params(user, key)
                .query(String.class)
                .single();
    }

    private long requests() {
        return jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                .param(user)
                .query(Long.class)
                .single();
    }
}
