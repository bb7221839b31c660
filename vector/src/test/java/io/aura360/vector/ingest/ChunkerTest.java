package io.aura360.vector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static final int TARGET = 200;

    /** Twenty sentences of slightly different lengths, four to a paragraph. */
    private static final List<String> SENTENCES = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> "Habit %02d keeps the evening calm%s.".formatted(i, " and steady".repeat(i % 4)))
            .toList();

    private static final String BODY = String.join(
            "\n\n",
            IntStream.range(0, 5)
                    .mapToObj(p -> String.join(" ", SENTENCES.subList(p * 4, p * 4 + 4)))
                    .toList());

    private static final int LONGEST_SENTENCE =
            SENTENCES.stream().mapToInt(String::length).max().orElseThrow();

    private final Chunker chunker = new Chunker(TARGET);

    @Test
    void keepsEveryChunkWithinOneSentenceOfTheTargetSize() {
        List<String> chunks = chunker.chunk(BODY);

        assertThat(chunks).hasSizeGreaterThan(3);
        for (String chunk : chunks.subList(0, chunks.size() - 1)) {
            assertThat(chunk.length()).isBetween(TARGET - LONGEST_SENTENCE, TARGET + LONGEST_SENTENCE);
        }
        assertThat(chunks.get(chunks.size() - 1).length()).isLessThanOrEqualTo(TARGET + LONGEST_SENTENCE);
    }

    @Test
    void largerTargetGivesFewerLongerChunks() {
        List<String> small = chunker.chunk(BODY);
        List<String> large = new Chunker(600).chunk(BODY);

        assertThat(large).hasSizeLessThan(small.size());
        assertThat(large.get(0).length()).isGreaterThan(small.get(0).length());
    }

    @Test
    void neverCutsASentenceAndLosesNone() {
        List<String> chunks = chunker.chunk(BODY);

        List<String> seen = new ArrayList<>();
        for (String chunk : chunks) {
            List<String> sentences = sentencesOf(chunk);
            assertThat(SENTENCES).containsAll(sentences);
            assertThat(String.join(" ", sentences)).isEqualTo(chunk);
            sentences.stream().filter(s -> !seen.contains(s)).forEach(seen::add);
        }
        assertThat(seen).containsExactlyElementsOf(SENTENCES);
    }

    @Test
    void keepsASentenceLongerThanTheTargetWhole() {
        String longSentence =
                "This sentence is deliberately longer than the target" + " and keeps going".repeat(20) + ".";
        String body = "A short opening. " + longSentence + " A short ending.";

        List<String> chunks = chunker.chunk(body);

        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk).contains(longSentence));
        assertThat(chunks)
                .allSatisfy(chunk -> assertThat(sentencesOf(chunk))
                        .allMatch(s ->
                                s.equals(longSentence) || s.equals("A short opening.") || s.equals("A short ending.")));
    }

    @Test
    void repeatsTheLastSentenceOfAChunkAtTheStartOfTheNext() {
        List<String> chunks = chunker.chunk(BODY);

        assertThat(chunks).hasSizeGreaterThan(1);
        for (int i = 1; i < chunks.size(); i++) {
            List<String> previous = sentencesOf(chunks.get(i - 1));
            List<String> next = sentencesOf(chunks.get(i));
            assertThat(next.get(0)).isEqualTo(previous.get(previous.size() - 1));
            assertThat(next).hasSizeGreaterThan(1);
            assertThat(previous).doesNotContain(next.get(1));
        }
    }

    @Test
    void givesOneChunkForAShortBody() {
        assertThat(chunker.chunk("  Drink water.\nWalk every day!  ")).containsExactly("Drink water. Walk every day!");
    }

    @Test
    void refusesATargetBelowOneHundredCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Chunker(99)).withMessageContaining("100");
        assertThatNoException().isThrownBy(() -> new Chunker(100));
    }

    @Test
    void neverExceedsTheTargetWhenSentencesAreShort() {
        // Capitalised: a full stop before a lower-case word is read as an abbreviation, not a sentence end.
        String body = "A" + "a".repeat(39) + ". " + "B" + "b".repeat(48) + ". " + "C" + "c".repeat(48) + ".";

        assertThat(new Chunker(100).chunk(body))
                .allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void splitsSpanishSentencesByTheirOwnPunctuation() {
        String body =
                "¿Duermes poco? Acuéstate siempre a la misma hora. ¡Funciona! El cuerpo se acostumbra en dos semanas y después lo agradece.";

        List<String> chunks = new Chunker(100).chunk(body, Locale.forLanguageTag("es"));

        assertThat(chunks)
                .containsExactly(
                        "¿Duermes poco? Acuéstate siempre a la misma hora. ¡Funciona!",
                        "¡Funciona! El cuerpo se acostumbra en dos semanas y después lo agradece.");
    }

    @Test
    void doesNotEndASentenceAtAnAbbreviationOrADecimal() {
        String body = "Try light exercise, e.g. walking 2.5 km after dinner. Rest well.";

        List<String> chunks = new Chunker(100).chunk(body);

        assertThat(chunks).containsExactly(body);
        assertThat(new Chunker(100).chunk(body + " " + "Then sleep for eight hours on a regular schedule every night."))
                .first()
                .isEqualTo("Try light exercise, e.g. walking 2.5 km after dinner. Rest well.");
    }

    @Test
    void cutsARunOnTextWithoutPunctuationAtWordBoundaries() {
        String runOn = String.join(" ", Collections.nCopies(200, "word"));

        List<String> chunks = new Chunker(100).chunk(runOn);

        assertThat(chunks).hasSizeGreaterThan(8).allSatisfy(chunk -> {
            assertThat(chunk.length()).isLessThanOrEqualTo(100);
            assertThat(chunk).matches("word( word)*");
        });
    }

    private static List<String> sentencesOf(String chunk) {
        return Arrays.asList(chunk.split("(?<=[.!?]) "));
    }
}
