package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server-Sent Events at scale: each user may hold a bounded number of streams (429 past it), and open streams are
 * pushed status changes rather than reading the database in a loop, so 200 of them leave the connection pool to
 * the advice that keeps flowing, and each still receives its final event.
 */
class StatusStreamLimitsTest extends FullStackTest {

    /** As configured by default: aura.gateway.status-streams.per-user. */
    private static final int PER_USER = 5;

    private static final HttpClient STREAMS = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    @Autowired
    AgentGate agents;

    @Autowired
    MeterRegistry meters;

    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    private final List<UUID> users = new ArrayList<>();

    @AfterEach
    void settle() {
        for (UUID user : users) {
            agents.releaseAndSettle(jdbc, user);
        }
        readers.shutdownNow();
    }

    @Test
    void refusesAStreamPastThePerUserCapWithARateLimitedProblem() throws Exception {
        UUID user = newUser();
        agents.hold();
        String id = askAsync(user);
        CountDownLatch opened = new CountDownLatch(PER_USER);
        List<CompletableFuture<String>> streams = IntStream.range(0, PER_USER)
                .mapToObj(i -> follow(user, id, opened))
                .toList();
        assertThat(opened.await(30, TimeUnit.SECONDS))
                .as("the streams within the cap open")
                .isTrue();

        Response refused = get("/api/v1/holistic/requests/" + id + "/events", token(user));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).endsWith("/rate-limited");
        agents.release();
        for (CompletableFuture<String> stream : streams) {
            assertThat(stream.get(60, TimeUnit.SECONDS)).contains("\"status\":\"COMPLETED\"");
        }
        assertThat(get("/api/v1/holistic/requests/" + id + "/events", token(user))
                        .body())
                .as("ended streams give their place back")
                .contains("\"status\":\"COMPLETED\"");
    }

    @Test
    void aStatusChangeMadeElsewhereReachesTheStreamWithoutWaitingForTheSafetyPoll() throws Exception {
        UUID user = newUser();
        agents.hold();
        String id = askAsync(user);
        CountDownLatch opened = new CountDownLatch(1);
        CompletableFuture<String> stream = follow(user, id, opened);
        assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

        // As the reaper or another gateway instance would: straight in the database, not through this instance.
        jdbc.sql("update holistic_requests set status = 'FAILED', error_type = 'INTERRUPTED' where id = ?")
                .param(UUID.fromString(id))
                .update();

        assertThat(stream.get(5, TimeUnit.SECONDS))
                .as("well within the 15 s safety poll")
                .contains("\"status\":\"FAILED\"");
    }

    @Test
    void twoHundredOpenStreamsLeaveThePoolToAdviceAndEachGetsItsFinalEvent() throws Exception {
        agents.hold();
        List<UUID> followed = IntStream.range(0, 40).mapToObj(i -> newUser()).toList();
        List<String> ids = followed.stream().map(this::askAsync).toList();
        CountDownLatch opened = new CountDownLatch(200);
        List<CompletableFuture<String>> streams = new ArrayList<>();
        for (int i = 0; i < followed.size(); i++) {
            for (int s = 0; s < PER_USER; s++) {
                streams.add(follow(followed.get(i), ids.get(i), opened));
            }
        }
        assertThat(opened.await(60, TimeUnit.SECONDS))
                .as("all 200 streams open")
                .isTrue();

        Timer borrows = meters.find("hikaricp.connections.usage").timer();
        assertThat(borrows).as("the pool's usage timer").isNotNull();
        long before = borrows.count();
        Thread.sleep(2_000); // a quiet window: nothing changes, so open streams should not touch the database
        assertThat(borrows.count() - before)
                .as("connections borrowed in 2 s by 200 idle streams")
                .isLessThan(20);

        agents.release();
        UUID asker = newUser();
        for (int i = 0; i < 5; i++) {
            Response answer = advice(asker, token(asker), "mind", "{}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
        for (CompletableFuture<String> stream : streams) {
            String events = stream.get(60, TimeUnit.SECONDS);
            assertThat(events).contains("\"status\":\"COMPLETED\"");
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                advice(asker, token(asker), "body", "{}").status())
                        .isEqualTo(200));
    }

    private UUID newUser() {
        UUID user = UUID.randomUUID();
        users.add(user);
        return user;
    }

    private String askAsync(UUID user) {
        Response accepted = send(request("/api/v1/holistic/advice")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_id\": \"%s\", \"category\": \"mind\"}".formatted(user)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(user))
                .header("Prefer", "respond-async"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().path("request_id").asString();
    }

    /** Opens a stream and reads it to its end; {@code opened} counts down at its first event. */
    private CompletableFuture<String> follow(UUID user, String requestId, CountDownLatch opened) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/holistic/requests/" + requestId + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();
        return CompletableFuture.supplyAsync(
                () -> {
                    StringBuilder events = new StringBuilder();
                    try {
                        HttpResponse<java.util.stream.Stream<String>> response =
                                STREAMS.send(request, HttpResponse.BodyHandlers.ofLines());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("stream refused: " + response.statusCode());
                        }
                        boolean first = true;
                        for (String line : (Iterable<String>) response.body()::iterator) {
                            events.append(line).append('\n');
                            if (first && line.startsWith("data:")) {
                                first = false;
                                opened.countDown();
                            }
                        }
                        return events.toString();
                    } catch (IOException ex) {
                        throw new IllegalStateException(ex);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(ex);
                    }
                },
                readers);
    }
}
