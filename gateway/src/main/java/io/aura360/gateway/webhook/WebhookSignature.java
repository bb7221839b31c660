package io.aura360.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Aura-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}: the receiver
 * recomputes it to know the call is ours and unchanged, and rejects old timestamps to stop replays.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Aura-Signature";

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", ex);
        }
    }
}
