package io.aura360.agents.compose;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses, from a retrieved chunk, the sentence that best serves as a recommendation: the one sharing the most
 * words with the request, preferring actionable wording ("try", "aim", "limit", "intenta", "evita"…) and a
 * readable length. The sentence is quoted from the chunk, never rewritten, so no fact is invented.
 */
public final class SentencePicker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    /** Bullets need a space after them, so a leading sign ("-5 °C") is kept. */
    private static final Pattern MARKDOWN = Pattern.compile("^(?:[-*+]\\s+|#+\\s*|>\\s*)+|\\*\\*|__|`");

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> ACTION_WORDS = Set.of(
            "try",
            "aim",
            "limit",
            "avoid",
            "choose",
            "take",
            "make",
            "keep",
            "set",
            "start",
            "plan",
            "practise",
            "practice",
            "include",
            "reduce",
            "talk",
            "get",
            "eat",
            "drink",
            "walk",
            "go",
            "build",
            "spend",
            "write",
            "notice",
            "intenta",
            "procura",
            "evita",
            "limita",
            "elige",
            "dedica",
            "haz",
            "mantén",
            "incluye",
            "habla",
            "busca",
            "camina",
            "bebe",
            "come",
            "empieza",
            "reserva",
            "anota",
            "practica",
            "pide",
            "sal",
            "establece");

    private static final int MIN_LENGTH = 40;

    private static final int MAX_LENGTH = 320;

    private SentencePicker() {}

    static String pick(String chunk, Set<String> requestWords) {
        List<String> sentences = Arrays.stream(SENTENCE_END.split(chunk))
                .map(s -> MARKDOWN.matcher(s.strip()).replaceAll("").strip())
                .filter(s -> s.length() >= 3)
                .toList();
        return sentences.stream()
                .max(Comparator.comparingDouble((String s) -> score(s, requestWords))
                        .thenComparing(s -> -sentences.indexOf(s)))
                .map(SentencePicker::asSentence)
                .orElse(chunk.strip());
    }

    /** The lowercase words of four letters or more in {@code text}. */
    public static Set<String> words(String text) {
        return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static Stream<String> allWords(String text) {
        return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty());
    }

    private static double score(String sentence, Set<String> requestWords) {
        Set<String> words = words(sentence);
        long overlap = words.stream().filter(requestWords::contains).count();
        String first = sentence.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        double action =
                ACTION_WORDS.contains(first) ? 2.0 : allWords(sentence).anyMatch(ACTION_WORDS::contains) ? 0.5 : 0;
        double lengthPenalty = (sentence.length() < MIN_LENGTH || sentence.length() > MAX_LENGTH) ? 3.0 : 0;
        return overlap * 1.5 + action - lengthPenalty;
    }

    private static String asSentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capitalised = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalised.matches(".*[.!?:]$") ? capitalised : capitalised + ".";
    }
}
