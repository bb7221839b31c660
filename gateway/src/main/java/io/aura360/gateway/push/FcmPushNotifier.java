package io.aura360.gateway.push;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Firebase Cloud Messaging HTTP v1: {@code POST {base}/v1/projects/{project}/messages:send} with a bearer access
 * token. 429 and 5xx (and network errors) are retried with exponential backoff, honouring {@code Retry-After};
 * 404 {@code UNREGISTERED} means the app was uninstalled or the token rotated, so the caller forgets the token;
 * any other 4xx is a request FCM will never accept and is not retried.
 */
final class FcmPushNotifier implements PushNotifier {

    /** Never wait longer than this between attempts, whatever {@code Retry-After} says: a worker is waiting. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final FcmProperties properties;

    private final JsonMapper json;

    private final HttpClient http;

    private final URI endpoint;

    FcmPushNotifier(FcmProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.endpoint = properties.baseUrl().resolve("/v1/projects/" + properties.projectId() + "/messages:send");
    }

    @Override
    public PushOutcome send(String deviceToken, PushMessage message) {
        String body = json.writeValueAsString(Map.of(
                "message",
                Map.of(
                        "token",
                        deviceToken,
                        "notification",
                        Map.of("title", message.title(), "body", message.body()),
                        "data",
                        message.data(),
                        "android",
                        Map.of("priority", "high"),
                        "apns",
                        Map.of("headers", Map.of("apns-priority", "10")))));
        try {
            return outcome(retry().executeCallable(() -> post(body)));
        } catch (IOException ex) {
            return new PushOutcome.Failed(0, "network: " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new PushOutcome.Failed(0, "interrupted");
        } catch (Exception ex) {
            return new PushOutcome.Failed(0, ex.toString());
        }
    }

    private Retry retry() {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackoff(), 2.0, 0.3);
        IntervalBiFunction<HttpResponse<String>> wait = (attempt, last) ->
                Math.min(LONGEST_WAIT.toMillis(), Math.max(backoff.apply(attempt), retryAfterMillis(last)));
        return Retry.of(
                "fcm",
                RetryConfig.<HttpResponse<String>>custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalBiFunction(wait)
                        .retryOnResult(response -> isTransient(response.statusCode()))
                        .retryExceptions(IOException.class)
                        .failAfterMaxAttempts(false)
                        .build());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(properties.timeout())
                .header("Authorization", "Bearer " + accessToken())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String accessToken() {
        if (properties.accessTokenFile() == null) {
            return properties.accessToken();
        }
        try {
            return Files.readString(properties.accessTokenFile()).strip();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read aura.push.fcm.access-token-file", ex);
        }
    }

    private PushOutcome outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return new PushOutcome.Delivered(
                    json.readTree(response.body()).path("name").asString());
        }
        JsonNode error = errorOf(response.body());
        // Only this code says the token is dead; a bare 404 (a wrong project id, say) must not erase every token.
        if (fcmErrorCode(error).equals("UNREGISTERED")) {
            return new PushOutcome.Unregistered();
        }
        String reason =
                fcmErrorCode(error).isEmpty() ? error.path("status").asString("HTTP " + status) : fcmErrorCode(error);
        return new PushOutcome.Failed(status, reason);
    }

    /** The {@code error} object of a Google API error body, or a missing node when the body is not one. */
    private JsonNode errorOf(String body) {
        try {
            return json.readTree(body).path("error");
        } catch (RuntimeException ex) {
            return json.missingNode();
        }
    }

    /** {@code error.details[@type = ...FcmError].errorCode}, e.g. UNREGISTERED, QUOTA_EXCEEDED; empty if none. */
    private static String fcmErrorCode(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asString("").endsWith("google.firebase.fcm.v1.FcmError")) {
                return detail.path("errorCode").asString("");
            }
        }
        return "";
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    private static long retryAfterMillis(Either<Throwable, HttpResponse<String>> last) {
        if (last == null || last.isLeft()) {
            return 0;
        }
        return last.get()
                        .headers()
                        .firstValue("Retry-After")
                        .map(FcmPushNotifier::seconds)
                        .orElse(0L)
                * 1000;
    }

    private static long seconds(String value) {
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
