package io.aura360.gateway.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.aura360.contracts.advice.RequestStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FCM HTTP v1 adapter against FCM's wire format (bodies recorded under wire/fcm). */
class FcmPushNotifierTest {

    @RegisterExtension
    static final WireMockExtension fcm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SEND = "/v1/projects/aura360-test/messages:send";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DEVICE = "fcm-device-token:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx";

    private final PushMessage message = new PushMessage(UUID.randomUUID(), RequestStatus.COMPLETED, false, null);

    @Test
    void postsAV1MessageWithTheBearerTokenAndOnlyIdsAndStates() {
        fcm.stubFor(post(SEND).willReturn(json(200, "send-ok.json")));

        PushOutcome outcome = notifier("access-token-1", 3).send(DEVICE, message);

        assertThat(outcome)
                .isEqualTo(new PushOutcome.Delivered(
                        "projects/aura360-test/messages/0:1500415314455276%31bd1c9631bd1c96"));
        fcm.verify(
                1,
                postRequestedFor(urlEqualTo(SEND))
                        .withHeader("Authorization", equalTo("Bearer access-token-1"))
                        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8")));
        JsonNode sent = JSON.readTree(
                        fcm.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .path("message");
        assertThat(sent.path("token").asString()).isEqualTo(DEVICE);
        assertThat(sent.path("data").path("request_id").asString())
                .isEqualTo(message.requestId().toString());
        assertThat(sent.path("data").path("status").asString()).isEqualTo("COMPLETED");
        assertThat(sent.path("data").path("degraded").isString())
                .as("FCM data values must be strings")
                .isTrue();
        assertThat(sent.path("notification").path("body").asString()).isEqualTo("Your answer is ready.");
        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("token", "notification", "data", "android", "apns");
    }

    @Test
    void reportsAnUnregisteredTokenWithoutRetrying() {
        fcm.stubFor(post(SEND).willReturn(json(404, "error-404-unregistered.json")));

        assertThat(notifier("t", 3).send(DEVICE, message)).isInstanceOf(PushOutcome.Unregistered.class);
        fcm.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void aNotFoundWithoutTheUnregisteredCodeDoesNotCondemnTheToken() {
        fcm.stubFor(post(SEND).willReturn(json(404, "error-404-project-not-found.json")));

        assertThat(notifier("t", 3).send(DEVICE, message)).isEqualTo(new PushOutcome.Failed(404, "NOT_FOUND"));
    }

    @Test
    void retriesQuotaExceededHonouringRetryAfterThenDelivers() {
        fcm.stubFor(post(SEND)
                .inScenario("quota")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, "error-429-quota-exceeded.json").withHeader("Retry-After", "1"))
                .willSetStateTo("recovered"));
        fcm.stubFor(
                post(SEND).inScenario("quota").whenScenarioStateIs("recovered").willReturn(json(200, "send-ok.json")));

        assertThat(notifier("t", 3).send(DEVICE, message)).isInstanceOf(PushOutcome.Delivered.class);
        fcm.verify(2, postRequestedFor(urlEqualTo(SEND)));
        var served = fcm.getAllServeEvents();
        long gapMillis = served.get(0).getRequest().getLoggedDate().getTime()
                - served.get(1).getRequest().getLoggedDate().getTime();
        assertThat(gapMillis).as("the second attempt waited for Retry-After").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retriesServerErrorsAndNetworkFaultsUpToTheAttemptLimit() {
        fcm.stubFor(post(SEND)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("unavailable"));
        fcm.stubFor(post(SEND)
                .inScenario("flaky")
                .whenScenarioStateIs("unavailable")
                .willReturn(json(503, "error-503-unavailable.json")));

        PushOutcome outcome = notifier("t", 4).send(DEVICE, message);

        assertThat(outcome).isEqualTo(new PushOutcome.Failed(503, "UNAVAILABLE"));
        fcm.verify(4, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void doesNotRetryABadRequest() {
        fcm.stubFor(post(SEND).willReturn(json(400, "error-400-invalid-argument.json")));

        assertThat(notifier("t", 4).send(DEVICE, message)).isEqualTo(new PushOutcome.Failed(400, "INVALID_ARGUMENT"));
        fcm.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void readsARotatedAccessTokenFromItsFileBeforeEachSend(@TempDir Path dir) throws IOException {
        fcm.stubFor(post(SEND).willReturn(json(200, "send-ok.json")));
        Path tokenFile = dir.resolve("fcm-token");
        FcmPushNotifier notifier = new FcmPushNotifier(
                new FcmProperties(
                        "aura360-test",
                        null,
                        tokenFile,
                        URI.create(fcm.baseUrl()),
                        1,
                        Duration.ofMillis(1),
                        Duration.ofSeconds(5)),
                JSON);

        Files.writeString(tokenFile, "first\n");
        notifier.send(DEVICE, message);
        Files.writeString(tokenFile, "second\n");
        notifier.send(DEVICE, message);

        fcm.verify(1, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer first")));
        fcm.verify(1, postRequestedFor(urlEqualTo(SEND)).withHeader("Authorization", equalTo("Bearer second")));
    }

    @Test
    void refusesAConfigurationThatCannotAuthenticate() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new FcmProperties("aura360-test", " ", null, null, null, null, null))
                .withMessageContaining("access-token");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new FcmProperties("Not A Project", "t", null, null, null, null, null));
    }

    private static FcmPushNotifier notifier(String accessToken, int attempts) {
        return new FcmPushNotifier(
                new FcmProperties(
                        "aura360-test",
                        accessToken,
                        null,
                        URI.create(fcm.baseUrl()),
                        attempts,
                        Duration.ofMillis(10),
                        Duration.ofSeconds(5)),
                JSON);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String file) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(wire(file));
    }

    private static String wire(String file) {
        try (InputStream in = FcmPushNotifierTest.class.getResourceAsStream("/wire/fcm/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
