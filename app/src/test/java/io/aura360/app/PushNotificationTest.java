package io.aura360.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A request that finishes after its client stopped waiting (the 202 path) is pushed to the user's devices through
 * FCM HTTP v1; dead tokens are forgotten. How device tokens are registered: the gateway's PushTokenRegistrationTest.
 */
class PushNotificationTest extends FullStackTest {

    private static final String SEND = "/v1/projects/aura360-test/messages:send";

    @Autowired
    AgentGate agents;

    private final UUID user = UUID.randomUUID();

    private final String device = "device-" + UUID.randomUUID() + ":APA91bH";

    @BeforeEach
    void answerLikeFcm() {
        FCM.resetAll();
        FCM.stubFor(WireMock.post(SEND)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"name\": \"projects/aura360-test/messages/0:1500415314455276%31bd1c9631bd1c96\"}")));
    }

    @AfterEach
    void openTheGate() {
        agents.release();
    }

    @Test
    void pushesARequestThatFinishedAfterTheClientStoppedWaiting() {
        assertThat(register(user, device, "android").status()).isEqualTo(204);
        agents.hold();

        Response accepted = askAdvice(user, "mind", "respond-async");
        assertThat(accepted.status()).isEqualTo(202);
        String requestId = accepted.json().path("request_id").asString();
        agents.release();

        await().atMost(Duration.ofSeconds(30)).until(() -> !pushesTo(device).isEmpty());
        JsonNode message =
                JSON.readTree(pushesTo(device).get(0).getBodyAsString()).path("message");
        assertThat(message.path("data").path("request_id").asString()).isEqualTo(requestId);
        assertThat(message.path("data").path("status").asString()).isEqualTo("COMPLETED");
        assertThat(pushesTo(device).get(0).getHeader("Authorization")).isEqualTo("Bearer fcm-test-access-token");
        assertThat(message.toString()).as("ids and states only").doesNotContain("recommendations", "stress", "summary");
    }

    @Test
    void doesNotPushAnAnswerTheClientAlreadyGot() {
        assertThat(register(user, device, "ios").status()).isEqualTo(204);
        assertThat(askAdvice(user, "mind", "wait=10").status()).isEqualTo(200);

        // A later 202 request of someone else is pushed; a push for the earlier answer would have been sent first.
        UUID other = UUID.randomUUID();
        String otherDevice = "device-" + UUID.randomUUID() + ":APA91bH";
        register(other, otherDevice, "web");
        agents.hold();
        assertThat(askAdvice(other, "mind", "respond-async").status()).isEqualTo(202);
        agents.release();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !pushesTo(otherDevice).isEmpty());
        assertThat(pushesTo(device)).isEmpty();
    }

    @Test
    void forgetsATokenFcmCallsUnregistered() {
        FCM.stubFor(WireMock.post(SEND)
                .withRequestBody(matchingJsonPath("$.message.token", WireMock.equalTo(device)))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
					{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
					 "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}""")));
        register(user, device, "android");
        agents.hold();
        askAdvice(user, "mind", "respond-async");
        agents.release();

        await().atMost(Duration.ofSeconds(30)).until(() -> tokens(user).isEmpty());
        FCM.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    private Response register(UUID who, String deviceToken, String platform) {
        return put(
                "/api/v1/me/push-token",
                token(who),
                "{\"token\": \"%s\", \"platform\": \"%s\"}".formatted(deviceToken, platform));
    }

    private List<LoggedRequest> pushesTo(String deviceToken) {
        return FCM.findAll(postRequestedFor(urlEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.message.token", WireMock.equalTo(deviceToken))));
    }

    private List<String> tokens(UUID who) {
        return jdbc.sql("select token from push_device_tokens where user_id = ?")
                .param(who)
                .query(String.class)
                .list();
    }
}
