package io.aura360.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** One RestClient, built once, against a real loopback server that answers at once or not until released. */
class DeadlineRequestsTest {

    private static final int CONCURRENT_CALLS = 40;

    private final CountDownLatch release = new CountDownLatch(1);

    private final CountDownLatch arrived = new CountDownLatch(CONCURRENT_CALLS);

    private HttpServer server;

    private DeadlineRequests requests;

    private RestClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/now", exchange -> answer(exchange, "now"));
        server.createContext("/held", exchange -> {
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, "held");
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        requests = new DeadlineRequests(ServiceHttpClients.create(null), Duration.ofSeconds(30));
        client = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .requestFactory(requests)
                .build();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void givesUpOnACallWhenItsOwnWaitRunsOut() {

        assertThatThrownBy(() -> requests.waiting(Duration.ofMillis(200), () -> get("/held")))
                .isInstanceOf(ResourceAccessException.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void letsTheNextCallWaitItsOwnTimeWithTheSameClient() {
        assertThatThrownBy(() -> requests.waiting(Duration.ofMillis(200), () -> get("/held")))
                .isInstanceOf(ResourceAccessException.class);

        assertThat(requests.waiting(Duration.ofSeconds(30), () -> get("/now"))).isEqualTo("now");
        release.countDown();
        assertThat(get("/held")).as("outside waiting(): the default wait").isEqualTo("held");
    }

    @Test
    void restoresAnOuterWaitAfterANestedCall() {

        String outer = requests.waiting(Duration.ofMillis(200), () -> {
            requests.waiting(Duration.ofSeconds(30), () -> get("/now"));
            try {
                return get("/held");
            } catch (ResourceAccessException timedOut) {
                return "outer wait kept";
            }
        });

        assertThat(outer).isEqualTo("outer wait kept");
    }

    @Test
    void keepsAWaitToTheThreadThatSetIt() throws Exception {
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            Future<String> unbounded = requests.waiting(Duration.ofMillis(200), () -> {
                Future<String> started = other.submit(() -> get("/held"));
                assertThatThrownBy(() -> get("/held")).isInstanceOf(ResourceAccessException.class);
                return started;
            });
            release.countDown();

            assertThat(unbounded.get())
                    .as("the other thread waited past this thread's 200 ms")
                    .isEqualTo("held");
        }
    }

    @Test
    void sendsEveryConcurrentCallAtOnceWithoutWaitingForAPooledConnection() throws Exception {
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_CALLS; i++) {
                calls.add(callers.submit(() -> get("/held")));
            }

            assertThat(arrived.await(20, TimeUnit.SECONDS))
                    .as("all %d calls reached the server while none had an answer", CONCURRENT_CALLS)
                    .isTrue();
            release.countDown();
            for (Future<String> call : calls) {
                assertThat(call.get()).isEqualTo("held");
            }
        }
    }

    private String get(String path) {
        return client.get().uri(path).retrieve().body(String.class);
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
