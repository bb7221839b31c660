package io.aura360.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code holistic_responses.delivered_at} is set when the client actually received the final answer, and
 * {@code delivered_via} says how: the synchronous 200, a poll or the SSE event carrying the completed state, an
 * accepted webhook or push. Until then it stays empty.
 */
class DeliveryTest extends GatedAdviceTest {

    @Test
    void theSynchronousAnswerIsDeliveredInTheResponse() {
        Response answered = ask("wait=10");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(delivery(idOf(answered))).isEqualTo("response");
        assertThat(rows().count("""
				select count(*) from holistic_responses r
				where r.request_id = ? and r.xmin = all (select a.xmin from holistic_agent_runs a
				                                         where a.request_id = r.request_id)""", idOf(answered)))
                .as("recorded by the transaction that stored the answer, not by a write (and a commit) after it")
                .isOne();
    }

    @Test
    void anAnswerNobodyFetchedIsNotDeliveredUntilItIsPolled() {
        agents.hold();
        Response accepted = ask("respond-async");
        assertThat(accepted.status()).isEqualTo(202);
        UUID request = idOf(accepted);
        assertThat(get("/api/v1/holistic/requests/" + request, token(user))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PROCESSING");
        agents.release();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        rows().count("select count(*) from holistic_responses where request_id = ?", request) == 1);
        assertThat(delivery(request)).as("answered, not yet received").isEqualTo("none");

        assertThat(get("/api/v1/holistic/requests/" + request, token(user))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("COMPLETED");
        assertThat(delivery(request)).isEqualTo("poll");
    }

    @Test
    void theStreamDeliversTheAnswerWithItsCompletedEvent() {
        agents.hold();
        UUID request = idOf(ask("respond-async"));
        agents.release();

        Response stream = send(request("/api/v1/holistic/requests/" + request + "/events")
                .GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(60)));

        assertThat(stream.body()).contains("\"status\":\"COMPLETED\"");
        assertThat(delivery(request)).isEqualTo("sse");
    }

    @Test
    void anAcceptedWebhookDeliversTheAnswer() throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            assertThat(put(
                                    "/api/v1/me/webhook",
                                    token(user),
                                    "{\"url\": \"http://127.0.0.1:"
                                            + receiver.getAddress().getPort() + "/hook\"}")
                            .status())
                    .isEqualTo(200);
            agents.hold();
            UUID request = idOf(ask("respond-async"));
            agents.release();

            await().atMost(Duration.ofSeconds(30)).until(() -> delivery(request).equals("webhook"));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aWebhookThatRefusesDeliversNothing() throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        receiver.start();
        try {
            put(
                    "/api/v1/me/webhook",
                    token(user),
                    "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}");
            agents.hold();
            UUID request = idOf(ask("respond-async"));
            agents.releaseAndSettle(jdbc, user);

            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> delivery(request).equals("none"));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void anAcceptedPushDeliversTheAnswer() {
        FCM.stubFor(WireMock.post("/v1/projects/aura360-test/messages:send")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"name\": \"projects/aura360-test/messages/0:1\"}")));
        String device = "device-" + UUID.randomUUID() + ":APA91bH";
        assertThat(put(
                                "/api/v1/me/push-token",
                                token(user),
                                "{\"token\": \"%s\", \"platform\": \"android\"}".formatted(device))
                        .status())
                .isEqualTo(204);
        agents.hold();
        UUID request = idOf(ask("respond-async"));
        agents.release();

        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(request).equals("push"));
    }

    private static UUID idOf(Response response) {
        return UUID.fromString(response.json().path("request_id").asString());
    }

    /** How the answer was delivered, {@code none} while it was not, {@code missing} while there is none. */
    private String delivery(UUID request) {
        return jdbc.sql("""
				select case when delivered_at is null then coalesce(delivered_via, 'none')
				            else delivered_via end from holistic_responses where request_id = ?""").param(request).query(String.class).optional().orElse("missing");
    }
}
