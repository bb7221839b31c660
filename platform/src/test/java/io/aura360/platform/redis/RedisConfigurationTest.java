package io.aura360.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import redis.embedded.RedisServer;

/**
 * The process's one Redis client, on a real Redis: the server at {@code AURA_TEST_REDIS_URL} when set, otherwise an
 * embedded redis-server. The URL comes in as the environment variable {@code AURA_REDIS_URL}, as in production.
 */
class RedisConfigurationTest {

    private static RedisServer embedded;

    private static String url;

    @BeforeAll
    static void startRedis() throws IOException {
        url = System.getenv("AURA_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            int port = freePort();
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (embedded != null) {
            embedded.stop();
        }
    }

    private static ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-env", variables)))
                .withUserConfiguration(GatewayLike.class, AgentsLike.class);
    }

    @Test
    void withoutARedisUrlThereIsNoClient() {
        withEnvironment(Map.of())
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(RedisClient.class)
                        .doesNotHaveBean(StatefulRedisConnection.class));
    }

    @Test
    void aBlankRedisUrlMeansNoRedis() {
        withEnvironment(Map.of("AURA_REDIS_URL", " "))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RedisClient.class));
    }

    @Test
    void buildsOneClientAndConnectionForEveryFeatureThatImportsIt() {
        withEnvironment(Map.of("AURA_REDIS_URL", url)).run(context -> {
            assertThat(context).hasSingleBean(RedisClient.class).hasSingleBean(StatefulRedisConnection.class);
            assertThat(context.getBean(StatefulRedisConnection.class).sync().ping())
                    .isEqualTo("PONG");
        });
    }

    @Test
    void commandsTimeOutAfterTwoSecondsUnlessConfigured() {
        withEnvironment(Map.of("AURA_REDIS_URL", url))
                .run(context -> assertThat(
                                context.getBean(StatefulRedisConnection.class).getTimeout())
                        .isEqualTo(Duration.ofSeconds(2)));
        withEnvironment(Map.of("AURA_REDIS_URL", url, "AURA_REDIS_TIMEOUT", "250ms"))
                .run(context -> assertThat(
                                context.getBean(StatefulRedisConnection.class).getTimeout())
                        .isEqualTo(Duration.ofMillis(250)));
    }

    @Test
    void refusesANonPositiveTimeout() {
        withEnvironment(Map.of("AURA_REDIS_URL", url, "AURA_REDIS_TIMEOUT", "0s"))
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("aura.redis.timeout must be positive"));
    }

    @Test
    void closesTheConnectionOnShutdown() {
        StatefulRedisConnection<?, ?>[] connection = new StatefulRedisConnection<?, ?>[1];
        withEnvironment(Map.of("AURA_REDIS_URL", url))
                .run(context -> connection[0] = context.getBean(StatefulRedisConnection.class));

        assertThat(connection[0].isOpen()).isFalse();
    }

    /** Two service configurations importing it, as in the all-in-one process. */
    @Configuration(proxyBeanMethods = false)
    @Import(RedisConfiguration.class)
    static class GatewayLike {}

    @Configuration(proxyBeanMethods = false)
    @Import(RedisConfiguration.class)
    static class AgentsLike {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
