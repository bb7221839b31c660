package io.aura360.agents.guardrail;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots suicide and self-harm risk in what a user writes, in Spanish and English, so the pipeline can answer
 * with crisis resources ({@link CrisisResources}) instead of wellbeing advice. The phrases live in
 * {@code guardrails/crisis-patterns.txt} for review; this class only folds the text (see
 * {@link TextNormalizer}), fixes texting spellings and one-typo misspellings of key words, hides the listed
 * idioms ("this workout is killing me", "me muero de risa") and looks for the phrases.
 *
 * <p>
 * It is a keyword screen, not a clinical assessment: it favours recall, and a person can always phrase
 * distress in words no list holds. A negative result is no evidence of safety.
 */
public final class CrisisDetector {

    static final String DEFAULT_RULES = "/guardrails/crisis-patterns.txt";

    private static final String FUZZY = "fuzzy";

    private static final String SLANG = "slang";

    private static final String EXCLUDE = "exclude";

    private static final Set<String> NOT_SIGNALS = Set.of(FUZZY, SLANG, EXCLUDE);

    /** Punctuation inside a word ("sui.cide", "k-i-l-l") is read a second time as if it were not there. */
    /** Punctuation that splits a word to dodge filters ("sui.cide", "su-icide"). */
    private static final Pattern PUNCTUATION_INSIDE_WORD = Pattern.compile("(?<=\\p{L})[^\\p{L}\\p{N}\\s]+(?=\\p{L})");

    /** A hyphen joining two whole words ("suicide-prevention") is not an obfuscation, and is kept. */
    private static final Pattern COMPOUND_WORD = Pattern.compile("\\p{L}{4,}-\\p{L}{4,}");

    private final TextNormalizer normalizer = TextNormalizer.forCrisis();

    private final SpellingCorrector spelling;

    private final PhraseList exclusions;

    private final Map<String, PhraseList> signals = new LinkedHashMap<>();

    public CrisisDetector() {
        this(DEFAULT_RULES);
    }

    CrisisDetector(String rulesResource) {
        Map<String, List<String>> sections = RuleFile.sections(rulesResource);
        this.spelling = new SpellingCorrector(
                sections.getOrDefault(FUZZY, List.of()), sections.getOrDefault(SLANG, List.of()), normalizer);
        this.exclusions = PhraseList.compile(sections.getOrDefault(EXCLUDE, List.of()), normalizer);
        sections.forEach((name, phrases) -> {
            if (!NOT_SIGNALS.contains(name)) {
                signals.put(name, PhraseList.compile(phrases, normalizer));
            }
        });
        if (signals.isEmpty()) {
            throw new IllegalStateException(rulesResource + ": no signal sections");
        }
    }

    private static String joinSplitWords(String text) {
        String protectedText =
                COMPOUND_WORD.matcher(text).replaceAll(m -> m.group().replace('-', '\u2060'));
        return PUNCTUATION_INSIDE_WORD
                .matcher(protectedText)
                .replaceAll(m -> m.group().equals("\u2060") ? " " : "");
    }

    public CrisisAssessment assess(String text) {
        if (text == null || text.isBlank()) {
            return CrisisAssessment.of(List.of());
        }
        Set<String> found = new HashSet<>();
        for (String reading : List.of(text, joinSplitWords(text))) {
            String prepared = exclusions.hide(spelling.correct(normalizer.text(reading)));
            signals.forEach((name, phrases) -> {
                if (phrases.matches(prepared)) {
                    found.add(name);
                }
            });
        }
        return CrisisAssessment.of(
                signals.keySet().stream().filter(found::contains).toList());
    }
}
