package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.aura360.gateway.webhook.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A finished request is announced to the user's webhook: signed, retried on 5xx, without health data. Which URLs
 * can be registered: the gateway's WebhookRegistrationTest.
 */
class WebhookTest extends FullStackTest {

    record Delivery(String signature, String body) {}

    @Test
    void announcesAFinishedRequestWithAVerifiableSignatureRetryingAServerError() throws IOException {
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                deliveries.add(new Delivery(
                        exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            UUID user = UUID.randomUUID();
            Response registered = put(
                    "/api/v1/me/webhook",
                    token(user),
                    "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}");
            assertThat(registered.status()).as(registered.body()).isEqualTo(200);
            String secret = registered.json().path("secret").asString();
            assertThat(secret).startsWith("whsec_");

            String requestId = advice(user, token(user), "mind", "{\"message\": \"stress\"}")
                    .json()
                    .path("request_id")
                    .asString();

            await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.size() >= 2);
            Delivery delivered = deliveries.get(1);
            JsonNode event = JSON.readTree(delivered.body());
            assertThat(event.path("event").asString()).isEqualTo("holistic.request.finished");
            assertThat(event.path("request_id").asString()).isEqualTo(requestId);
            assertThat(event.path("status").asString()).isEqualTo("COMPLETED");
            assertThat(delivered.body()).doesNotContain("recommendations", "stress");
            String timestamp = delivered.signature().split(",")[0].substring(2);
            assertThat(delivered.signature())
                    .isEqualTo(WebhookSignature.sign(secret, Long.parseLong(timestamp), delivered.body()));
        } finally {
            receiver.stop(0);
        }
    }
}
