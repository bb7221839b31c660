package io.aura360.gateway.push;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Firebase Cloud Messaging (HTTP v1): the Firebase {@code projectId} and an OAuth 2.0 access token with the
 * {@code firebase.messaging} scope, either given directly ({@code accessToken}) or read from a file before each
 * send ({@code accessTokenFile}), so a sidecar can rotate the short-lived token without a restart. Push is off
 * while {@code projectId} is unset.
 */
@ConfigurationProperties("aura.push.fcm")
public record FcmProperties(
        String projectId,
        String accessToken,
        Path accessTokenFile,
        URI baseUrl,
        Integer maxAttempts,
        Duration initialBackoff,
        Duration timeout) {

    public FcmProperties {
        baseUrl = (baseUrl == null) ? URI.create("https://fcm.googleapis.com") : baseUrl;
        maxAttempts = (maxAttempts == null) ? 4 : maxAttempts;
        initialBackoff = (initialBackoff == null) ? Duration.ofSeconds(1) : initialBackoff;
        timeout = (timeout == null) ? Duration.ofSeconds(10) : timeout;
        if (projectId != null && !projectId.isBlank()) {
            if (!projectId.matches("^[a-z][a-z0-9-]{4,61}[a-z0-9]$")) {
                throw new IllegalArgumentException("aura.push.fcm.project-id is not a Firebase project id");
            }
            if ((accessToken == null || accessToken.isBlank()) && accessTokenFile == null) {
                throw new IllegalArgumentException(
                        "aura.push.fcm.access-token or aura.push.fcm.access-token-file must be set to send push notifications");
            }
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("aura.push.fcm.max-attempts must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "FcmProperties[projectId=" + projectId + ", baseUrl=" + baseUrl + ", maxAttempts=" + maxAttempts + "]";
    }
}
