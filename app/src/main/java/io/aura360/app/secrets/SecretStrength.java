package io.aura360.app.secrets;

import io.aura360.contracts.ServiceKeys;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a configured secret can be trusted: long enough, not a placeholder copied from an example file, and not
 * built from a few repeated characters. Entropy is estimated from the value itself (length times the Shannon
 * entropy of its characters), which is what a guesser exploits; {@code openssl rand -base64 48} scores about 350
 * bits. The estimate of a short random value is low, since some characters repeat by chance: of 300,000 random
 * base64 keys, 24 characters scored 83–110 bits (median 102) and 32 characters 124–160, so the floors sit below
 * those (an earlier floor of 96 bits refused one random 24-character key in 23).
 *
 * @param minBytes the shortest acceptable value, in UTF-8 bytes
 * @param minEntropyBits the lowest acceptable estimated entropy
 */
public record SecretStrength(int minBytes, double minEntropyBits) {

    /** {@code AURA_JWT_SECRET}: anyone who guesses it signs admin tokens. */
    public static final SecretStrength JWT_SECRET = new SecretStrength(32, 112);

    /** {@code AURA_SERVICE_KEY}, which the internal APIs compare on every call. */
    public static final SecretStrength SERVICE_KEY = new SecretStrength(ServiceKeys.MIN_LENGTH, 80);

    /** Words that mark a value as something to replace (compared without case, spaces or punctuation). */
    private static final List<String> PLACEHOLDERS =
            List.of("changeme", "replaceme", "placeholder", "yoursecret", "generatewith", "notarealsecret");

    /** Values that are nothing but a common word or sequence, however often repeated. */
    private static final List<String> WEAK_WORDS =
            List.of("secret", "password", "passwd", "admin", "test", "key", "token", "123456", "qwerty", "abc");

    /** Why {@code value} is refused, empty when it is acceptable. */
    public Optional<String> weakness(String value) {
        String normalized = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (PLACEHOLDERS.stream().anyMatch(normalized::contains) || isRepeatedWord(normalized)) {
            return Optional.of("is a placeholder, not a secret");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < minBytes) {
            return Optional.of("is " + bytes + " bytes long; at least " + minBytes + " are required");
        }
        if (isPeriodic(value)) {
            return Optional.of("repeats the same characters");
        }
        if (entropyBits(value) < minEntropyBits) {
            return Optional.of("has too little entropy (too few distinct characters)");
        }
        return Optional.empty();
    }

    /** Length times the Shannon entropy of the character distribution. */
    static double entropyBits(String value) {
        Map<Integer, Integer> counts = new HashMap<>();
        value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double length = value.codePointCount(0, value.length());
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = count / length;
            perCharacter -= p * Math.log(p) / Math.log(2);
        }
        return perCharacter * length;
    }

    private static boolean isRepeatedWord(String normalized) {
        return !normalized.isEmpty()
                && WEAK_WORDS.stream()
                        .anyMatch(word -> normalized.replace(word, "").isEmpty());
    }

    /** True when the value is a shorter unit repeated ({@code abcabc…}, {@code 0123…f0123…f}). */
    private static boolean isPeriodic(String value) {
        return (value + value).indexOf(value, 1) < value.length();
    }
}
