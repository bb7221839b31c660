package io.aura360.agents.guardrail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Compiles one phrase of a guardrail rule file into an automaton over {@link TextNormalizer} output ({@link PhraseList}
 * matches it at word edges). Rule files are reviewed by people who do not read regexes, so the phrase language stays
 * small:
 *
 * <ul>
 * <li>plain words, matched after the same folding as the text (case, accents, and for crisis rules repeated
 * letters and b/v do not matter); hyphens count as spaces and apostrophes are ignored;</li>
 * <li>{@code (a|b c)} alternatives, and {@code (word )?} optional parts that carry their own space;</li>
 * <li>{@code word*} any ending ("suicid*" matches "suicidio" and "suicidal");</li>
 * <li>{@code ...} up to three words in between (or after, at the end of a phrase);</li>
 * <li>{@code <number>} any number, and {@code $} the end of a sentence (with or without a space before it).</li>
 * </ul>
 */
final class PhrasePattern {

    /**
     * Stands for "the sentence ends here" in the automaton: never part of normalised text, it is offered to the
     * automaton as one extra character where the text reads {@code " ."} or ends ({@link PhraseList}).
     */
    static final char SENTENCE_END = '\u0001';

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\d ()|?*$.<>'’-]+");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private static final String WORD = "[a-z0-9]+";

    private PhrasePattern() {}

    static Automaton automaton(String phrase, TextNormalizer normalizer) {
        return automaton(phrase, expression(phrase, normalizer));
    }

    /**
     * The phrase as a Lucene regular expression over normalised text: everything its automaton depends on besides
     * Lucene itself, so the shipped automata are looked up by it ({@link PhraseAutomata}).
     */
    static String expression(String phrase, TextNormalizer normalizer) {
        if (!ALLOWED.matcher(phrase).matches() || phrase.replace("...", "").contains(".")) {
            throw new IllegalArgumentException("unsupported character in guardrail phrase: " + phrase);
        }
        String text = phrase.replaceAll("['’]", "")
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        Matcher letters = LETTERS.matcher(text);
        try {
            return regExp(letters.replaceAll(m -> Matcher.quoteReplacement(normalizer.word(m.group()))));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("malformed guardrail phrase: " + phrase, ex);
        }
    }

    /** The automaton of {@code phrase}'s {@link #expression}. */
    static Automaton automaton(String phrase, String expression) {
        try {
            return new RegExp(expression, RegExp.NONE).toAutomaton();
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("malformed guardrail phrase: " + phrase, ex);
        }
    }

    /** The phrase in Lucene's regular-expression syntax: the phrase language's marks become their meaning. */
    private static String regExp(String phrase) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (phrase.startsWith(" ...", i)) {
                out.append("( ").append(WORD).append("){0,3}");
                i += 4;
            } else if (phrase.startsWith("... ", i)) {
                out.append('(').append(WORD).append(" ){0,3}");
                i += 4;
            } else if (phrase.startsWith(" $", i) || c == '$') {
                out.append('\\').append(SENTENCE_END);
                i += (c == '$') ? 1 : 2;
            } else if (phrase.startsWith("<number>", i)) {
                out.append("[0-9]+");
                i += "<number>".length();
            } else if (c == '*') {
                out.append("[a-z0-9]*");
                i++;
            } else if (c == '(' || c == ')' || c == '|' || c == '?' || c == ' ' || TextNormalizer.isWordChar(c)) {
                out.append(c);
                i++;
            } else if (c == '.' || c == '<' || c == '>') {
                throw new IllegalArgumentException("misplaced '" + c + "'");
            } else {
                out.append('\\').append(c); // a letter folding kept outside a-z: literal, never special
                i++;
            }
        }
        return out.toString();
    }
}
