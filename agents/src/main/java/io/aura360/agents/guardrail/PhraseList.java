package io.aura360.agents.guardrail;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Phrases of a rule-file section ({@link PhrasePattern}) compiled into one deterministic automaton, matched on whole
 * words: a match starts and ends at word edges. From each word start the text is read one character at a time for
 * as long as some phrase can still match, however many phrases there are; a regular-expression alternation instead
 * tries every phrase in turn at every word, which was a third of the advice path's CPU under load.
 */
final class PhraseList {

    /** What a hidden span becomes: not a word, so no phrase or gap can match across it. */
    private static final String HIDDEN = "_";

    /**
     * Bound on determinisation work: the crisis lists (some 400 phrases with word gaps) need a small fraction; a rule
     * file that needs more fails at start-up, naming the limit, instead of slowing every request.
     */
    private static final int DETERMINIZE_WORK_LIMIT = 1_000_000;

    private static final PhraseList NONE = new PhraseList("none", Automata.makeEmpty());

    /** What the automaton is a function of ({@link PhraseAutomata}): lists built alike share one. */
    private final String key;

    private final Automaton automaton;

    private final CharacterRunAutomaton run;

    private PhraseList(String key, Automaton deterministic) {
        this.key = key;
        this.automaton = deterministic;
        this.run = new CharacterRunAutomaton(deterministic);
    }

    static PhraseList compile(List<String> phrases, TextNormalizer normalizer) {
        if (phrases.isEmpty()) {
            return NONE;
        }
        List<String> expressions = phrases.stream()
                .map(p -> PhrasePattern.expression(p, normalizer))
                .toList();
        String key = PhraseAutomata.ofExpressions(expressions);
        return new PhraseList(
                key,
                PhraseAutomata.get(
                        key,
                        () -> determinize(Operations.union(IntStream.range(0, phrases.size())
                                .mapToObj(i -> PhrasePattern.automaton(phrases.get(i), expressions.get(i)))
                                .toList()))));
    }

    /** A match wherever any of {@code lists} matches. */
    static PhraseList anyOf(List<PhraseList> lists) {
        if (lists.isEmpty()) {
            return NONE;
        }
        String key = PhraseAutomata.ofUnion(lists.stream().map(l -> l.key).toList());
        return new PhraseList(
                key,
                PhraseAutomata.get(
                        key,
                        () -> determinize(Operations.union(
                                lists.stream().map(l -> l.automaton).toList()))));
    }

    private static Automaton determinize(Automaton automaton) {
        return Operations.determinize(Operations.removeDeadStates(automaton), DETERMINIZE_WORK_LIMIT);
    }

    static PhraseList none() {
        return NONE;
    }

    boolean matches(String normalizedText) {
        return wordStarts(normalizedText).anyMatch(start -> matchesAt(normalizedText, start));
    }

    /** Where matches start, left to right (matches may overlap). */
    int[] matchStarts(String normalizedText) {
        return wordStarts(normalizedText)
                .filter(start -> matchesAt(normalizedText, start))
                .toArray();
    }

    /** Whether a match starts at {@code start}. */
    boolean matchesAt(String normalizedText, int start) {
        return matchEnd(normalizedText, start) >= 0;
    }

    /** The text with every match hidden (the longest at each place, left to right), so the words around it are still checked. */
    String hide(String normalizedText) {
        StringBuilder out = null;
        int copied = 0;
        for (int start : wordStarts(normalizedText).toArray()) {
            if (start < copied) {
                continue;
            }
            int end = matchEnd(normalizedText, start);
            if (end > start) {
                out = (out == null) ? new StringBuilder(normalizedText.length()) : out;
                out.append(normalizedText, copied, start).append(HIDDEN);
                copied = end;
            }
        }
        return (out == null)
                ? normalizedText
                : out.append(normalizedText, copied, normalizedText.length()).toString();
    }

    private static IntStream wordStarts(String text) {
        return IntStream.range(0, text.length()).filter(i -> i == 0 || !TextNormalizer.isWordChar(text.charAt(i - 1)));
    }

    /**
     * The end of the longest match starting at {@code start}, or -1: a match ends at a word edge, and a phrase ending
     * in {@code $} where the sentence does.
     */
    private int matchEnd(String text, int start) {
        int state = 0;
        int end = -1;
        for (int p = start; ; p++) {
            boolean atEnd = p == text.length();
            if (atEnd || !TextNormalizer.isWordChar(text.charAt(p))) {
                if (run.isAccept(state) || endsSentenceHere(text, p, state)) {
                    end = p;
                }
            }
            if (atEnd) {
                return end;
            }
            state = run.step(state, text.charAt(p));
            if (state < 0) {
                return end;
            }
        }
    }

    /**
     * Whether a phrase ending in {@code $} ends at {@code p}: the sentence ends there (a {@code "."} token or the end of
     * the text), and the automaton accepts the end mark, directly or after a space (in {@code "(anymore )?$"} the
     * optional part carries the space, which the text's end does not have).
     */
    private boolean endsSentenceHere(String text, int p, int state) {
        boolean sentenceEnds = p == text.length() || text.charAt(p) == '.' || text.startsWith(" .", p);
        return sentenceEnds && (acceptsEndMark(state) || acceptsEndMark(run.step(state, ' ')));
    }

    private boolean acceptsEndMark(int state) {
        int next = (state < 0) ? -1 : run.step(state, PhrasePattern.SENTENCE_END);
        return next >= 0 && run.isAccept(next);
    }
}
