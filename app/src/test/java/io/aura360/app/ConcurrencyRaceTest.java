package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Races released together from a start line: a fresh user's whole daily quota at once, the burst limit at once,
 * and duplicates of one Idempotency-Key while the model is slow. Exactly the allowed number get through.
 */
class ConcurrencyRaceTest extends FullStackTest {

    @Autowired
    AgentGate agents;

    private final UUID slowUser = UUID.randomUUID();

    @AfterEach
    void openTheGate() {
        agents.releaseAndSettle(jdbc, slowUser);
    }

    @Test
    void twentyFourParallelRequestsOfAFreshFreeUserGetExactlyTheDailyTen() throws Exception {
        UUID user = UUID.randomUUID();
        String token = token(user);

        List<Response> responses = race(24, () -> advice(user, token, "soul", "{}"));

        assertThat(responses).extracting(Response::status).containsOnly(200, 429);
        assertThat(responses.stream().filter(r -> r.status() == 200))
                .as("successes")
                .hasSize(10);
        // Every attempt takes a burst token, so past the 20th the refusal may name the burst limit instead.
        assertThat(responses.stream().filter(r -> r.status() == 429))
                .hasSize(14)
                .allSatisfy(
                        r -> assertThat(r.json().path("limit_name").asString()).isIn("daily", "burst"));
        assertThat(requests(user)).isEqualTo(10);
        assertThat(get("/api/v1/me/usage", token)
                        .json()
                        .path("daily")
                        .path("used")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void thirtyParallelRequestsOfAPremiumUserGetExactlyTheBurstOfTwenty() throws Exception {
        UUID user = UUID.randomUUID();
        String premium = TOKENS.sign(user, "premium", List.of(), Duration.ofMinutes(10));

        List<Response> responses = race(30, () -> advice(user, premium, "mind", "{}"));

        assertThat(responses.stream().filter(r -> r.status() == 200))
                .as("successes")
                .hasSize(20);
        assertThat(responses.stream().filter(r -> r.status() == 429))
                .hasSize(10)
                .allSatisfy(
                        r -> assertThat(r.json().path("limit_name").asString()).isEqualTo("burst"));
        assertThat(requests(user)).isEqualTo(20);
    }

    @Test
    void twelveParallelDuplicatesOfOneKeyRunTheWorkOnceWhileTheModelIsSlow() throws Exception {
        UUID user = slowUser;
        String body = "{\"user_id\": \"%s\", \"category\": \"mind\"}".formatted(user);
        agents.hold();

        List<Response> responses = race(
                12,
                () -> send(request("/api/v1/holistic/advice")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token(user))
                        .header("Idempotency-Key", "slow-race")
                        .header("Prefer", "wait=1")));

        List<Response> fresh = responses.stream()
                .filter(r -> r.status() != 409 && r.header("Idempotent-Replayed") == null)
                .toList();
        assertThat(fresh).as("exactly one ran the work").hasSize(1);
        assertThat(fresh.get(0).status()).isEqualTo(202);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(202, 409));
        assertThat(responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))))
                .allSatisfy(r -> assertThat(r.json().path("request_id"))
                        .isEqualTo(fresh.get(0).json().path("request_id")));
        assertThat(agents.waiting()).as("one model call in flight").isEqualTo(1);
        assertThat(requests(user)).isEqualTo(1);
    }

    /** Runs {@code n} calls at once: all threads wait at a start line, then go together. */
    private static List<Response> race(int n, Callable<Response> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<Response>> futures = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }

    private long requests(UUID user) {
        return jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                .param(user)
                .query(Long.class)
                .single();
    }
}
