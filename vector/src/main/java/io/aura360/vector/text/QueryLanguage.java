package io.aura360.vector.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a query is written in, detected by Lingua from the text itself: the request's {@code locale} says
 * which documents to search and what language to answer in, not what the user typed. Only the languages the
 * knowledge base is written in are loaded (English and Spanish: a few MB of n-gram models instead of ~1 GB for
 * all 75), loaded on first use. A text too short or too ambiguous to tell is {@link Optional#empty()}.
 */
public final class QueryLanguage {

    /** Below this relative distance between the two best languages Lingua answers "unknown". */
    private static final double MINIMUM_RELATIVE_DISTANCE = 0.1;

    private static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromIsoCodes639_1(
                    IsoCode639_1.EN, IsoCode639_1.ES)
            .withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE)
            .build();

    /**
     * Answers by query text. Detection was 4 % of the advice path's CPU, and queries repeat: the crisis agent's
     * fixed query, a pipeline's steps and the starter prompts (the query embedding cache exists for the same reason).
     */
    private static final Cache<String, Language> DETECTED =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private QueryLanguage() {}

    /**
     * Loads the language models now (Lingua loads them at the first detection, on the caller's thread): for a
     * warm-up at start. Detects without the cache, so no answer is kept for the sample sentences.
     */
    public static void load() {
        DETECTOR.detectLanguageOf("a sentence in English, una frase en español");
    }

    /** The ISO 639-1 code ({@code en}, {@code es}) of the query's language, or empty when unsure. */
    public static Optional<String> of(String query) {
        Language language = DETECTED.get(query, DETECTOR::detectLanguageOf);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
