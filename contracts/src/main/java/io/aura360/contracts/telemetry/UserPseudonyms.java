package io.aura360.contracts.telemetry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonym under which a user appears in traces ({@code user_id} span attribute): HMAC-SHA256 of the user
 * id under a secret key, cut to 128 bits. Without the key nobody can go from a pseudonym back to the user, or
 * test a guessed user id against it; services holding the same key agree on a user's pseudonym, so one
 * person's requests can still be followed across the gateway and the agents.
 */
public final class UserPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";

    private static final int BYTES = 16;

    private final SecretKeySpec key;

    private UserPseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * Keyed by {@code pseudonymKey} ({@code AURA_PSEUDONYM_KEY}, {@code aura.pseudonym-key}) when set, otherwise by a key derived from the
     * service key (so split services agree without more configuration), otherwise by a random key: pseudonyms
     * then hold within this process only.
     */
    public static UserPseudonyms keyedBy(String pseudonymKey, String serviceKey) {
        if (pseudonymKey != null && !pseudonymKey.isBlank()) {
            return new UserPseudonyms(pseudonymKey.getBytes(StandardCharsets.UTF_8));
        }
        if (serviceKey != null && !serviceKey.isBlank()) {
            // A separate key for this purpose: a pseudonym must say nothing about the key that authenticates calls.
            return new UserPseudonyms(hmac(serviceKey.getBytes(StandardCharsets.UTF_8), "aura360 user pseudonym"));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new UserPseudonyms(random);
    }

    /** 32 lowercase hex characters; the same for the same user and key. */
    public String of(UUID userId) {
        byte[] digest = hmac(key, userId.toString());
        return HexFormat.of().formatHex(digest, 0, BYTES);
    }

    private static byte[] hmac(byte[] key, String text) {
        return hmac(new SecretKeySpec(key, ALGORITHM), text);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
        }
    }
}
