package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aura360.app.cli.DevTokens;
import io.aura360.gateway.request.RequestRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety of a real process: {@code serve} is killed with SIGKILL while a request waits on a model that
 * hangs and while an answered request's event is still in the outbox; started again (with a working model) on
 * the same PostgreSQL, it takes over the orphaned request's durable job and completes it (one answer, one event),
 * sends the unsent event, and leaves nothing stuck. With two instances on one database, the survivor of a kill
 * finishes the request the other accepted.
 */
class CrashRecoveryIT {

    private static final String JWT_SECRET = "crash-recovery-it-jwt-secret-of-32-bytes+";

    private static final DevTokens TOKENS = new DevTokens(JWT_SECRET);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path scratch;

    @Test
    void completesTheOrphanedRequestAndSendsTheUnsentEventAfterAKill9() throws Exception {
        UUID user = UUID.randomUUID();
        int port = JarProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        try (ProcessDatabase database = ProcessDatabase.start(scratch.resolve("postgres"));
                SilentModelServer model = new SilentModelServer()) {
            JdbcClient jdbc = database.jdbc();
            RequestRows rows = new RequestRows(jdbc);
            UUID answered;
            UUID orphaned;
            // the relay runs once at start; the answered request's event must still be unsent at the kill
            JarProcess first = serve("first run", env(database, wedgedModel(model, "1h")), port);
            try {
                first.awaitReady();
                wedgeSoul(jdbc);

                answered = completed(rows, advice(base, user, "mind", null), first);

                Answer accepted = advice(base, user, "soul", "respond-async");
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                orphaned = UUID.fromString(accepted.json().path("request_id").asString());
                await().atMost(Duration.ofSeconds(30)).until(() -> model.connections() > 0);

                first.kill();
            } finally {
                first.close();
            }
            assertThat(rows.status(orphaned)).as("left unfinished by the crash").isIn("PENDING", "PROCESSING");
            assertThat(unsentEvents(jdbc, answered))
                    .as("the answer's event was not sent before the crash")
                    .isEqualTo(1);

            try (JarProcess second =
                    serve("second run", env(database, Map.of("SPRING_APPLICATION_JSON", settings("1s"))), port)) {
                second.awaitReady();

                awaitEnded(rows, orphaned);
                JsonNode seen = get(base + "/api/v1/holistic/requests/" + orphaned, user)
                        .json();
                assertThat(seen.path("status").asString()).as(second.output()).isEqualTo("COMPLETED");
                assertAnsweredOnce(rows, orphaned);
                await().atMost(Duration.ofSeconds(30)).until(() -> unsentEvents(jdbc, answered) == 0);
                assertThat(jdbc.sql("select count(*) from holistic_requests where status in ('PENDING', 'PROCESSING')")
                                .query(Long.class)
                                .single())
                        .as("no request stays stuck")
                        .isZero();
                // The orphan's own event was written as it completed, maybe after the relay's last pass: the next
                // pass (every second here) must send it.
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(
                                        jdbc.sql("select count(*) from outbox_events where published_at is null")
                                                .query(Long.class)
                                                .single())
                                .as("no event stays unsent")
                                .isZero());

                completed(rows, advice(base, user, "soul", null), second); // the user asks again and is answered
            }
        }
    }

    @Test
    void theSurvivingInstanceFinishesTheRequestTheKilledOneAccepted() throws Exception {
        UUID user = UUID.randomUUID();
        int killedPort = JarProcess.freePort();
        try (ProcessDatabase database = ProcessDatabase.start(scratch.resolve("postgres"));
                SilentModelServer model = new SilentModelServer()) {
            JdbcClient jdbc = database.jdbc();
            RequestRows rows = new RequestRows(jdbc);
            UUID orphaned;
            JarProcess killed =
                    serve("instance with a wedged model", env(database, wedgedModel(model, "1s")), killedPort);
            try {
                killed.awaitReady();
                // Chosen only now: a port free before the first instance started could meanwhile be the local end
                // of one of its connections (both come from the ephemeral range), and the survivor failed to bind.
                int survivorPort = JarProcess.freePort();
                try (JarProcess survivor = serve(
                        "surviving instance",
                        env(database, Map.of("SPRING_APPLICATION_JSON", settings("1s")), "survivor-home"),
                        survivorPort)) {
                    survivor.awaitReady();
                    wedgeSoul(jdbc);

                    Answer accepted = advice("http://127.0.0.1:" + killedPort, user, "soul", "respond-async");
                    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                    orphaned =
                            UUID.fromString(accepted.json().path("request_id").asString());
                    await().atMost(Duration.ofSeconds(30)).until(() -> model.connections() > 0);
                    killed.kill();

                    awaitEnded(rows, orphaned);
                    JsonNode seen = get(
                                    "http://127.0.0.1:" + survivorPort + "/api/v1/holistic/requests/" + orphaned, user)
                            .json();
                    assertThat(seen.path("status").asString())
                            .as(survivor.output())
                            .isEqualTo("COMPLETED");
                    assertThat(survivor.output()).contains("claimed advice job " + orphaned);
                    assertAnsweredOnce(rows, orphaned);
                }
            } finally {
                killed.close();
            }
        }
    }

    /** One answer, one event, its delivery recorded (the poll), and no job left behind. */
    private static void assertAnsweredOnce(RequestRows rows, UUID request) {
        assertThat(rows.count("select count(*) from holistic_responses where request_id = ?", request))
                .isOne();
        assertThat(rows.count("select count(*) from outbox_events where aggregate_id = ?", request))
                .isOne();
        assertThat(rows.count("select count(*) from advice_jobs where request_id = ?", request))
                .isZero();
        assertThat(rows.count(
                        "select count(*) from holistic_responses where request_id = ? and delivered_via = 'poll'",
                        request))
                .isOne();
    }

    /** Waits until the request has ended, as whichever instance runs its job ends it. */
    private static void awaitEnded(RequestRows rows, UUID request) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("PENDING", "PROCESSING").contains(rows.status(request)));
    }

    /**
     * Short budgets so the orphan is old enough to be reaped soon after the restart (the reaper waits for the
     * completion budget, so no live worker can still be finishing it); the reaper checks every second. Short
     * job leases, so a killed process's job is claimed within seconds.
     */
    private static String settings(String relayInterval) {
        return """
				{"aura": {"gateway": {"sync-budget": "15s", "completion-budget": "15s", "reaper-interval": "1s",
				                      "jobs": {"lease": "4s", "heartbeat": "1s", "poll-interval": "1s"}},
				          "outbox": {"relay-interval": "%s"}}}""".formatted(relayInterval);
    }

    /** An instance whose hosted model accepts every call and never answers. */
    private static Map<String, String> wedgedModel(SilentModelServer model, String relayInterval) {
        return Map.of(
                "AURA_LLM_PROVIDER",
                "openai",
                "AURA_LLM_BASE_URL",
                model.baseUrl(),
                "AURA_LLM_MODEL",
                "wedged-model",
                "AURA_LLM_API_KEY",
                "test-key",
                "SPRING_APPLICATION_JSON",
                settings(relayInterval));
    }

    /**
     * soul's first step asks the hosted model (which never answers); every step of mind is pinned to the offline
     * composer, since the shipped pipelines otherwise follow the configured provider ({@code model: default}).
     */
    private static void wedgeSoul(JdbcClient jdbc) {
        jdbc.sql("update holistic_agent_profiles set pipeline = jsonb_set(pipeline, '{0,model}', '\"default\"') "
                        + "where name = 'soul-default'")
                .update();
        jdbc.sql("update holistic_agent_profiles set pipeline = (select jsonb_agg(jsonb_set(step, '{model}',"
                        + " '\"offline\"') order by i) from jsonb_array_elements(pipeline) with ordinality as s(step, i))"
                        + " where name = 'mind-default'")
                .update();
    }

    private static JarProcess serve(String name, Map<String, String> env, int port) {
        return JarProcess.start(name, env, "serve", "--port", Integer.toString(port));
    }

    private Map<String, String> env(ProcessDatabase database, Map<String, String> extra) {
        return env(database, extra, "home");
    }

    /** Instances running side by side each have a home of their own (each holds its own vector index open). */
    private Map<String, String> env(ProcessDatabase database, Map<String, String> extra, String home) {
        Map<String, String> env = new HashMap<>(database.environment());
        env.putAll(extra);
        env.put("AURA_HOME", scratch.resolve(home).toString());
        env.put("AURA_JWT_SECRET", JWT_SECRET);
        return env;
    }

    /** The answer's request, once COMPLETED (a busy machine may turn a slow answer into 202 and finish it later). */
    private static UUID completed(RequestRows rows, Answer answer, JarProcess server) {
        assertThat(answer.status()).as(answer.body() + server.output()).isIn(200, 202);
        UUID request = UUID.fromString(answer.json().path("request_id").asString());
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(rows.status(request)));
        return request;
    }

    private static long unsentEvents(JdbcClient jdbc, UUID request) {
        return jdbc.sql("select count(*) from outbox_events where aggregate_id = ? and published_at is null")
                .param(request)
                .query(Long.class)
                .single();
    }

    private static Answer advice(String base, UUID user, String category, String prefer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/holistic/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
					{"user_id": "%s", "category": "%s", "metadata": {"locale": "en"}}""".formatted(user, category)));
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return send(request, user);
    }

    private static Answer get(String url, UUID user) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), user);
    }

    private static Answer send(HttpRequest.Builder request, UUID user) {
        request.timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKENS.sign(user, "free", List.of(), Duration.ofMinutes(10)));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
