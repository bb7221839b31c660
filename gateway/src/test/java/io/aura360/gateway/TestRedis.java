package io.aura360.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * The Redis a test runs on: the server at {@code AURA_TEST_REDIS_URL} when it is set, otherwise an embedded
 * redis-server of the test's own on a free port, stopped on {@link #close()}. {@link #own()} always starts one,
 * for tests that stop Redis (the machine's shared server is not theirs to stop).
 */
public final class TestRedis implements AutoCloseable {

    private final String url;

    private final RedisServer embedded;

    private TestRedis(String url, RedisServer embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /** The external server when configured, else an embedded one. */
    public static TestRedis start() {
        String external = System.getenv("AURA_TEST_REDIS_URL");
        return (external == null || external.isBlank()) ? own() : new TestRedis(external, null);
    }

    /** An embedded redis-server of this test's own, whatever is configured. */
    public static TestRedis own() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            RedisServer server = new RedisServer(port);
            server.start();
            return new TestRedis("redis://127.0.0.1:" + port, server);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String url() {
        return url;
    }

    /** The embedded server, for a test that stops and restarts it; absent for an external server. */
    public RedisServer embedded() {
        if (embedded == null) {
            throw new IllegalStateException("an external Redis is not the test's to stop");
        }
        return embedded;
    }

    @Override
    public void close() {
        try {
            if (embedded != null && embedded.isActive()) {
                embedded.stop();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
