package io.aura360.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How services authenticate each other: the caller sends {@code X-Service-Key: <AURA_SERVICE_KEY>}. A service
 * without a configured key accepts no internal call at all; comparison is constant-time.
 */
public final class ServiceKeys {

    public static final String HEADER = "X-Service-Key";

    /** Keys shorter than this are refused at start: an internal API must not hang on a guessable secret. */
    public static final int MIN_LENGTH = 24;

    private ServiceKeys() {}

    public static boolean matches(String configured, String presented) {
        if (configured == null || configured.length() < MIN_LENGTH || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                configured.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
