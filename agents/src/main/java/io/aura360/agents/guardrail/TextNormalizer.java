package io.aura360.agents.guardrail;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds free text into the lowercase, accent-free, single-spaced form the guardrail phrases are matched
 * against, so a rule written once matches "Suicidio", "SUICIDIO" and "suicidio". Sentence punctuation
 * becomes a {@code "."} token, so phrases and their gaps never run across sentences.
 *
 * <p>
 * The {@link #forCrisis() crisis} variant goes further, because people in distress type fast and disguise
 * words: it maps look-alike digits to letters ("su1cide"), writes {@code v} as {@code b} (Spanish speakers
 * use them interchangeably: "quitarme la bida"), collapses repeated letters ("kiiill" → "kil") and joins
 * spaced-out words ("s u i c i d e"). The keyword variant keeps numbers intact, because dosing rules need
 * "500 mg". Decimal separators vanish ("2.5" → "25": only the presence of a number matters to the rules) and
 * a colon between digits is a space ("16:8" → "16 8"), not the end of a sentence; so is an ellipsis, which in
 * chat marks a pause ("I just... want to die").
 */
final class TextNormalizer {

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern SPACED_LETTERS =
            Pattern.compile("(?<!\\S)[\\p{L}\\d](?:[ .*_-][\\p{L}\\d]){3,}(?!\\S)");

    private static final Pattern DECIMAL_SEPARATOR = Pattern.compile("(?<=\\d)[.,](?=\\d)");

    private static final Pattern DIGIT_COLON = Pattern.compile("(?<=\\d):(?=\\d)");

    private static final Pattern MIXED_TOKEN = Pattern.compile("[a-z0-9@$]*[a-z][a-z0-9@$]*");

    private static final Pattern DIGIT_LETTER_BOUNDARY = Pattern.compile("(?<=\\d)(?=[a-z])|(?<=[a-z])(?=\\d)");

    private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}");

    private static final String SENTENCE_END = ".!?;:\r\n";

    private static final String CLAUSE_END = SENTENCE_END + ",";

    private static final Pattern REPEATED_LETTER = Pattern.compile("([a-z])\\1+");

    /** Zero-width and other format characters (U+200B, U+200D, U+2060, soft hyphen, bidi marks): invisible, so dropped. */
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

    private final boolean crisis;

    private TextNormalizer(boolean crisis) {
        this.crisis = crisis;
    }

    static TextNormalizer forCrisis() {
        return new TextNormalizer(true);
    }

    static TextNormalizer forKeywords() {
        return new TextNormalizer(false);
    }

    /**
     * The text as a reader sees it: NFKC (full-width and compatibility forms become plain letters), format
     * characters removed and look-alike letters of other scripts folded to Latin ({@link Confusables}). Case and
     * accents are kept, so this form also suits an embedding model.
     */
    static String visible(String raw) {
        if (raw == null || isAscii(raw)) {
            return (raw == null) ? "" : raw; // compatibility forms, format characters and look-alikes are not ASCII
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return Confusables.fold(FORMAT_CHARACTERS.matcher(text).replaceAll(""));
    }

    /** The matchable form of a whole text. */
    String text(String raw) {
        String text = visible(raw);
        if (crisis) {
            text = SPACED_LETTERS.matcher(text).replaceAll(m -> m.group().replaceAll("[ .*_-]", ""));
        }
        text = fold(text);
        text = DECIMAL_SEPARATOR.matcher(text).replaceAll("");
        text = DIGIT_COLON.matcher(text).replaceAll(" ");
        if (crisis) {
            text = MIXED_TOKEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(deLeet(m.group())));
        }
        text = DIGIT_LETTER_BOUNDARY.matcher(text).replaceAll(" ");
        text = ELLIPSIS.matcher(text).replaceAll(" ");
        // A comma closes a clause for the crisis rules: "i cant do this anymore, its too much" ends a thought there.
        text = wordsAndStops(text, crisis ? CLAUSE_END : SENTENCE_END);
        return crisis ? word(text) : text;
    }

    /**
     * The runs of {@code [a-z0-9]} single-spaced, with a {@code "."} token where sentence punctuation ({@code stops})
     * was, one for a run of them; every other character only separates words. One pass over the text, where four
     * regular-expression passes were a measurable share of the advice path.
     */
    private static String wordsAndStops(String text, String stops) {
        StringBuilder out = new StringBuilder(text.length());
        boolean separated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (separated && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                separated = false;
            } else if (stops.indexOf(c) >= 0) {
                if (out.isEmpty() || out.charAt(out.length() - 1) != '.') {
                    out.append(out.isEmpty() ? "." : " .");
                }
                separated = true;
            } else {
                separated = true;
            }
        }
        return out.toString();
    }

    /** Whether {@code c} belongs to a word of the matchable form, whose only other characters are spaces and stops. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The matchable form of a run of letters written in a rule file. */
    String word(String letters) {
        String word = fold(letters);
        return crisis ? REPEATED_LETTER.matcher(word.replace('v', 'b')).replaceAll("$1") : word;
    }

    private static String fold(String text) {
        String lower = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return isAscii(lower)
                ? lower
                : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD))
                        .replaceAll("");
    }

    /**
     * Most messages are plain ASCII, which decomposition and the look-alike table leave as it is: checking first
     * skips two normalisations and two scans per message, a measurable share of the advice path under load.
     */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String deLeet(String token) {
        return token.replace('0', 'o')
                .replace('1', 'i')
                .replace('3', 'e')
                .replace('4', 'a')
                .replace('@', 'a')
                .replace('$', 's');
    }
}
