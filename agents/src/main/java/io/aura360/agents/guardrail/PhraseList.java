package io.aura360.agents.guardrail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiled phrases of one rule-file section, matched or hidden together; {@code any} is their alternation
 * ({@link PhrasePattern#anyOf}), which finds a match exactly when one of them does.
 */
record PhraseList(List<Pattern> patterns, Pattern any) {

    /** What a hidden span becomes: not a word, so no phrase or gap can match across it. */
    private static final String HIDDEN = "_";

    PhraseList(List<Pattern> patterns) {
        this(List.copyOf(patterns), PhrasePattern.anyOf(patterns));
    }

    static PhraseList compile(List<String> phrases, TextNormalizer normalizer) {
        return new PhraseList(
                phrases.stream().map(p -> PhrasePattern.compile(p, normalizer)).toList());
    }

    static PhraseList none() {
        return new PhraseList(List.of());
    }

    boolean matches(String normalizedText) {
        return any.matcher(normalizedText).find();
    }

    /** The text with every match of every phrase hidden, so the surrounding words are still checked. */
    String hide(String normalizedText) {
        if (!matches(normalizedText)) {
            return normalizedText; // the common case: one scan instead of one per phrase
        }
        String text = normalizedText;
        for (Pattern pattern : patterns) {
            text = pattern.matcher(text).replaceAll(HIDDEN);
        }
        return text;
    }
}
