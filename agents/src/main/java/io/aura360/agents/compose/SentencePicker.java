package io.aura360.agents.compose;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses, from a retrieved chunk, the sentence that best serves as a recommendation: the one sharing the most
 * words with the request, preferring actionable wording ("try", "aim", "limit", "intenta", "evita"…) and a
 * readable length. The sentence is quoted from the chunk, never rewritten, so no fact is invented.
 */
public final class SentencePicker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    /** Bullets need a space after them, so a leading sign ("-5 °C") is kept. */
    private static final Pattern MARKDOWN = Pattern.compile("^(?:[-*+]\\s+|#+\\s*|>\\s*)+|\\*\\*|__|`");

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

    /**
     * Chunks come back request after request, so each is split and read once: splitting and tokenising every
     * retrieved chunk was a measurable share of the advice path under load. Bounded, as chunks can be replaced.
     */
    private static final Cache<String, List<Sentence>> SENTENCES =
            Caffeine.newBuilder().maximumSize(5_000).build();

    private SentencePicker() {}

    static String pick(String chunk, Set<String> requestWords) {
        Sentence best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Sentence sentence : SENTENCES.get(chunk, SentencePicker::sentences)) {
            double score = sentence.score(requestWords);
            if (score > bestScore) { // strictly greater: of equal scores, the first sentence wins
                best = sentence;
                bestScore = score;
            }
        }
        return (best == null) ? chunk.strip() : best.recommendation();
    }

    /** The chunk's sentences, Markdown marks removed, each read once for what scoring needs. */
    private static List<Sentence> sentences(String chunk) {
        List<Sentence> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(chunk)) {
            String sentence = MARKDOWN.matcher(part.strip()).replaceAll("").strip();
            if (sentence.length() >= 3) {
                sentences.add(Sentence.of(sentence));
            }
        }
        return List.copyOf(sentences);
    }

    /** The lowercase words of four letters or more in {@code text}. */
    public static Set<String> words(String text) {
        return tokens(text).stream().filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }

    /**
     * The lowercase runs of letters and digits in {@code text}, read in one pass: this runs for every sentence of
     * every retrieved chunk, where a regular-expression split cost a tenth of the advice path under load.
     */
    private static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int codePoint = lower.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                start = (start < 0) ? i : start;
            } else if (start >= 0) {
                tokens.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(lower.substring(start));
        }
        return tokens;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetter(codePoint)
                || switch (Character.getType(codePoint)) {
                    case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                    default -> false;
                };
    }

    /**
     * A sentence as scoring sees it: its distinct words of four letters or more, which earn 1.5 each when the request
     * shares them, and what does not depend on the request, an action-word bonus (2 when the sentence opens with one,
     * else 0.5 when it holds one) less a penalty of 3 for a length outside [{@value #MIN_LENGTH},
     * {@value #MAX_LENGTH}].
     */
    private record Sentence(String recommendation, List<String> keyWords, double ownScore) {

        static Sentence of(String sentence) {
            List<String> tokens = tokens(sentence);
            double action = ACTION_WORDS.contains(firstWord(sentence))
                    ? 2.0
                    : tokens.stream().anyMatch(ACTION_WORDS::contains) ? 0.5 : 0;
            double lengthPenalty = (sentence.length() < MIN_LENGTH || sentence.length() > MAX_LENGTH) ? 3.0 : 0;
            List<String> keyWords =
                    tokens.stream().filter(w -> w.length() >= 4).distinct().toList();
            return new Sentence(asSentence(sentence), keyWords, action - lengthPenalty);
        }

        double score(Set<String> requestWords) {
            int overlap = 0;
            for (String word : keyWords) {
                if (requestWords.contains(word)) {
                    overlap++;
                }
            }
            return overlap * 1.5 + ownScore;
        }
    }

    /** The letters of the sentence's first space-separated word, lowercase ("**Limit**" is "limit"). */
    private static String firstWord(String sentence) {
        int end = 0;
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        return sentence.substring(0, end)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
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
