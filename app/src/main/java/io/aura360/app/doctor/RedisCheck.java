package io.aura360.app.doctor;

import io.aura360.app.service.Env;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Map;

/** {@code AURA_REDIS_URL}: connects and pings. Unset is fine: limits, caches and memory then live in the process. */
final class RedisCheck implements Check {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Env env;

    RedisCheck(Map<String, String> env) {
        this.env = new Env(env);
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public Finding run() {
        if (!env.isSet("AURA_REDIS_URL")) {
            return Finding.pass("not configured: limits, caches and conversations stay in this process");
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(env.get("AURA_REDIS_URL").orElseThrow());
        } catch (IllegalArgumentException ex) {
            return Finding.fail("AURA_REDIS_URL is not a Redis URL (redis://host:6379): " + RootCause.message(ex));
        }
        uri.setTimeout(TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            String pong = connection.sync().ping();
            return Finding.pass(uri.getHost() + ":" + uri.getPort() + " answers " + pong);
        } catch (RuntimeException ex) {
            return Finding.fail("cannot reach AURA_REDIS_URL: " + RootCause.message(ex));
        } finally {
            client.shutdown(Duration.ZERO, TIMEOUT);
        }
    }
}
