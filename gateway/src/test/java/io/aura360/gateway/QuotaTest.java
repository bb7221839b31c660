package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tier quotas and the burst limit, sequentially and under concurrency (defaults: free 10 a day, burst 20). */
class QuotaTest extends GatewayHttpTest {

    @Test
    void refusesTheRequestAfterTheDailyQuotaWithRetryAfterAndRateLimitHeaders() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        for (int i = 0; i < 10; i++) {
            assertThat(advice(user, token, "mind", "{}").status())
                    .as("request %d", i + 1)
                    .isEqualTo(200);
        }

        Response refused = advice(user, token, "mind", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("type").asString()).isEqualTo("https://aura360.io/problems/rate-limited");
        assertThat(refused.json().path("limit_name").asString()).isEqualTo("daily");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("10");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        JsonNode usage = get("/api/v1/me/usage", token).json();
        assertThat(usage.path("tier").asString()).isEqualTo("free");
        assertThat(usage.path("daily").path("used").asInt()).isEqualTo(10);
        assertThat(usage.path("daily").path("remaining").asInt()).isZero();
        assertThat(usage.path("monthly").path("used").asInt()).isEqualTo(10);
    }

    @Test
    void aHigherTierHasAHigherQuotaButTheSameBurstLimit() {
        UUID user = UUID.randomUUID();
        String premium = token(user, "premium");
        for (int i = 0; i < 20; i++) {
            assertThat(advice(user, premium, "body", "{}").status())
                    .as("request %d", i + 1)
                    .isEqualTo(200);
        }

        Response refused = advice(user, premium, "body", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("limit_name").asString()).isEqualTo("burst");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L * 20);
        assertThat(get("/api/v1/me/usage", premium)
                        .json()
                        .path("daily")
                        .path("limit")
                        .asInt())
                .isEqualTo(300);
    }

    @Test
    void concurrentRequestsNeverOvershootTheQuota() throws Exception {
        UUID user = UUID.randomUUID();
        String token = token(user);
        assertThat(advice(user, token, "soul", "{}").status()).isEqualTo(200);
        List<Callable<Integer>> racers = IntStream.range(0, 16)
                .<Callable<Integer>>mapToObj(
                        i -> () -> advice(user, token, "soul", "{}").status())
                .toList();

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            statuses = pool.invokeAll(racers).stream().map(QuotaTest::join).toList();
        }

        assertThat(statuses).containsOnly(200, 429);
        assertThat(statuses.stream().filter(s -> s == 200).count())
                .as("9 left of the daily 10")
                .isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
        assertThat(get("/api/v1/me/usage", token)
                        .json()
                        .path("daily")
                        .path("used")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void usageNeedsAToken() {
        assertThat(get("/api/v1/me/usage", null).status()).isEqualTo(401);
    }

    private static Integer join(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
