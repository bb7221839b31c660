package io.aura360.agents.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SentencePickerTest {

    private static final String TWO_FACTS = "Regular exercise supports cardiovascular health in most adults. "
            + "Consistent sleep schedules improve mood and daytime energy levels.";

    /** The same chunk (read once, then remembered) serves two requests with different picks. */
    @Test
    void prefersTheSentenceSharingWordsWithTheRequest() {
        assertThat(SentencePicker.pick(TWO_FACTS, SentencePicker.words("How can I improve my sleep and energy?")))
                .isEqualTo("Consistent sleep schedules improve mood and daytime energy levels.");
        assertThat(SentencePicker.pick(TWO_FACTS, SentencePicker.words("Is exercise good for cardiovascular health?")))
                .isEqualTo("Regular exercise supports cardiovascular health in most adults.");
    }

    @Test
    void prefersTheSentenceSharingMoreWordsWithTheRequest() {
        String chunk = "Daytime energy depends on many things besides rest. "
                + "Morning light and consistent sleep schedules both improve daytime energy.";

        assertThat(SentencePicker.pick(chunk, SentencePicker.words("morning light for daytime energy")))
                .isEqualTo("Morning light and consistent sleep schedules both improve daytime energy.");
    }

    @Test
    void prefersAnActionableSentenceWhenNoneSharesWordsWithTheRequest() {
        String chunk = "Many people feel tired during the long winter months. "
                + "Try a short walk outside after lunch on most days of the week.";

        assertThat(SentencePicker.pick(chunk, Set.of()))
                .isEqualTo("Try a short walk outside after lunch on most days of the week.");
    }

    @Test
    void prefersSpanishActionableWording() {
        String chunk = "El estrés crónico afecta a muchas personas adultas en algún momento. "
                + "Dedica cinco minutos al día a respirar despacio antes de dormir.";

        assertThat(SentencePicker.pick(chunk, SentencePicker.words("¿qué hago con el cansancio?")))
                .isEqualTo("Dedica cinco minutos al día a respirar despacio antes de dormir.");
    }

    @Test
    void withoutAnyPreferenceKeepsTheFirstSentence() {
        String chunk = "Social connection is linked to longer and healthier lives overall. "
                + "Loneliness is linked to poorer sleep and a weaker immune response.";

        assertThat(SentencePicker.pick(chunk, Set.of()))
                .isEqualTo("Social connection is linked to longer and healthier lives overall.");
    }

    @Test
    void avoidsFragmentsTooShortToStandAlone() {
        String chunk = "Sleep matters. Most adults need between seven and nine hours of sleep each night.";

        assertThat(SentencePicker.pick(chunk, SentencePicker.words("sleep matters")))
                .isEqualTo("Most adults need between seven and nine hours of sleep each night.");
    }

    @Test
    void stripsMarkdownBulletsHeadingsAndEmphasis() {
        assertThat(SentencePicker.pick("- **Limit** caffeine after two in the afternoon to protect sleep", Set.of()))
                .isEqualTo("Limit caffeine after two in the afternoon to protect sleep.");
        assertThat(SentencePicker.pick("* __Keep__ a notebook by the bed to write down your worries.", Set.of()))
                .isEqualTo("Keep a notebook by the bed to write down your worries.");
        assertThat(SentencePicker.pick("> Take a `five minute` break from screens every hour at work.", Set.of()))
                .isEqualTo("Take a five minute break from screens every hour at work.");
        assertThat(SentencePicker.pick(
                        "## Evening routine\n+ practise gentle stretching for ten minutes before bed", Set.of()))
                .isEqualTo("Practise gentle stretching for ten minutes before bed.");
    }

    @Test
    void capitalisesTheFirstLetterAndKeepsAnExistingFinalPunctuation() {
        assertThat(SentencePicker.pick("walk for thirty minutes on most days of the week", Set.of()))
                .isEqualTo("Walk for thirty minutes on most days of the week.");
        assertThat(SentencePicker.pick("Why not walk for thirty minutes on most days of the week?", Set.of()))
                .isEqualTo("Why not walk for thirty minutes on most days of the week?");
    }

    @Test
    void requestWordsAreTheLowercaseWordsOfFourLettersOrMore() {
        assertThat(SentencePicker.words("How do I SLEEP better, día a día? Sueño: 8h!"))
                .containsExactlyInAnyOrder("sleep", "better", "sueño");
    }

    @Test
    void wordsAreRunsOfLettersAndNumbersOfAnyScriptSplitAtEverythingElse() {
        assertThat(SentencePicker.words("Camina 10000 pasos;¡MANTÉN el ritmo! sleep😀well ½½½½ Ⅻ𝐬𝐥𝐞𝐞𝐩"))
                .containsExactlyInAnyOrder(
                        "camina", "10000", "pasos", "mantén", "ritmo", "sleep", "well", "½½½½", "ⅻ𝐬𝐥𝐞𝐞𝐩");
    }

    @Test
    void anActionWordOpensTheSentenceEvenBehindEmphasisAndNonAsciiCase() {
        String chunk = "Many people feel tired during the long winter months of the year. "
                + "MANTÉN, si puedes, un horario regular para acostarte cada noche.";

        assertThat(SentencePicker.pick(chunk, Set.of())).startsWith("MANTÉN");
    }

    @Test
    void countsShortActionWordsInsideASentence() {
        String chunk =
                "Many adults feel tired during the long winter months. It often helps to try a ten minute break daily.";

        assertThat(SentencePicker.pick(chunk, Set.of())).isEqualTo("It often helps to try a ten minute break daily.");
    }

    @Test
    void keepsALeadingMinusSignThatIsNotABullet() {
        assertThat(SentencePicker.pick("-5 degrees outside means dressing in layers before a walk.", Set.of()))
                .startsWith("-5 degrees");
    }
}
