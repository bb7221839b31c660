package io.aura360.agents.guardrail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one phrase of a guardrail rule file into a whole-word regex over {@link TextNormalizer} output.
 * Rule files are reviewed by people who do not read regexes, so the phrase language stays small:
 *
 * <ul>
 * <li>plain words, matched after the same folding as the text (case, accents, and for crisis rules repeated
 * letters and b/v do not matter); hyphens count as spaces and apostrophes are ignored;</li>
 * <li>{@code (a|b c)} alternatives, and {@code (word )?} optional parts that carry their own space;</li>
 * <li>{@code word*} any ending ("suicid*" matches "suicidio" and "suicidal");</li>
 * <li>{@code ...} up to three words in between (or after, at the end of a phrase);</li>
 * <li>{@code <number>} any number, and {@code $} the end of a sentence.</li>
 * </ul>
 */
final class PhrasePattern {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\d ()|?*$.<>'’-]+");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    static final String WORD_EDGE_BEFORE = "(?<![a-z0-9])";

    private static final String WORD_EDGE_AFTER = "(?![a-z0-9])";

    private PhrasePattern() {}

    /**
     * One pattern that finds a match wherever any of {@code phrases} (compiled here) does: their alternation,
     * behind a single word-edge check, so a position inside a word fails once instead of once per phrase.
     */
    static Pattern anyOf(List<Pattern> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(WORD_EDGE_BEFORE + "(?:"
                + String.join("|", phrases.stream().map(Pattern::pattern).toList()) + ")");
    }

    static Pattern compile(String phrase, TextNormalizer normalizer) {
        if (!ALLOWED.matcher(phrase).matches() || phrase.replace("...", "").contains(".")) {
            throw new IllegalArgumentException("unsupported character in guardrail phrase: " + phrase);
        }
        String text = phrase.replaceAll("['’]", "")
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        Matcher letters = LETTERS.matcher(text);
        text = letters.replaceAll(m -> Matcher.quoteReplacement(normalizer.word(m.group())));
        String body = text.replace("(", "(?:")
                .replace("*", "[a-z0-9]*")
                .replace("<number>", "[0-9]+")
                .replace(" ...", "(?: [a-z0-9]+){0,3}")
                .replace("... ", "(?:[a-z0-9]+ ){0,3}")
                .replace(" $", "(?= \\.|$)");
        try {
            return Pattern.compile(WORD_EDGE_BEFORE + "(?:" + body + ")" + WORD_EDGE_AFTER);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("malformed guardrail phrase: " + phrase, ex);
        }
    }
}
