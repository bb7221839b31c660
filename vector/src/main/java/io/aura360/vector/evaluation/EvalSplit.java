package io.aura360.vector.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The frozen dev/test split of every labelled set: a query belongs to {@code TEST} when the first byte of the
 * SHA-256 of its id (without a language prefix) is odd, to {@code DEV} otherwise (about half each). The rule depends on the id only, so the
 * split is the same in every run, for sets added later, and across the XQuAD sets that share question ids (a
 * question tuned on in English is never tested in Spanish). Fusion and embedding settings are tuned on
 * {@code DEV}; {@code TEST} figures are reported once, after the choice.
 */
public enum EvalSplit {
    DEV,
    TEST,
    ALL;

    /** XQuAD ids carry the set's languages ({@code es-en-56be…}); the question behind them is the rest. */
    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^[a-z]{2}(-[a-z]{2})?-");

    public boolean contains(String queryId) {
        return switch (this) {
            case ALL -> true;
            case TEST -> isTest(queryId);
            case DEV -> !isTest(queryId);
        };
    }

    public static EvalSplit parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean isTest(String queryId) {
        try {
            byte first = MessageDigest.getInstance("SHA-256")
                    .digest(LANGUAGE_PREFIX.matcher(queryId).replaceFirst("").getBytes(StandardCharsets.UTF_8))[0];
            return (first & 1) == 1;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every JVM", ex);
        }
    }
}
