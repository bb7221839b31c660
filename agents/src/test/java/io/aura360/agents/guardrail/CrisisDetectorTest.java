package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisDetectorTest {

    private final CrisisDetector detector = CrisisDetector.lexicon();

    @ParameterizedTest
    @FieldSource("io.aura360.agents.guardrail.CrisisPhrases#AT_RISK")
    void flagsSuicideAndSelfHarmPhrasesInBothLanguagesEvenMisspelled(String text) {
        CrisisAssessment assessment = detector.assess(text);

        assertThat(assessment.risk()).as(text).isTrue();
        assertThat(assessment.signals()).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("io.aura360.agents.guardrail.CrisisPhrases#NOT_AT_RISK")
    void leavesEverydayIdiomsInjuriesAndTopicalMentionsUnflagged(String text) {
        CrisisAssessment assessment = detector.assess(text);

        assertThat(assessment.risk()).as("%s -> %s", text, assessment.signals()).isFalse();
        assertThat(assessment.signals()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "this workout is killing me",
                "me muero de risa",
                "I could kill for a coffee",
                "suicide prevention research article",
                "dead tired",
                "muerto de cansancio"
            })
    void leavesTheIdiomsNamedInTheRequirementsUnflagged(String text) {
        assertThat(detector.assess(text).risk()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kill myself",
                "end my life",
                "suicide",
                "suicidarme",
                "quitarme la vida",
                "matarme",
                "no quiero vivir",
                "I don't want to wake up",
                "everyone would be better off without me",
                "no sé para qué seguir",
                "ya no aguanto más",
                "desaparecer para siempre",
                "hurt myself",
                "hacerme daño",
                "cutting myself",
                "cortarme",
                "suicde",
                "suicidio",
                "sucidio",
                "kil myself",
                "quitarme la bida",
                "QUIERO MATARME",
                "su1cide",
                "s u i c i d e",
                "kill  ...  myself"
            })
    void flagsThePhrasesAndSpellingsNamedInTheRequirements(String text) {
        assertThat(detector.assess(text).risk()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I don't want to be around anymore, so what's the point",
                "I've been drinking every night hoping I just won't wake up in the morning.",
                "Honestly I don't see the point of going on.",
                "I pray every night not to wake up. I'm ready to be with her.",
                "su-icide",
                "I want to kill my-self"
            })
    void flagsTheIndirectWishesMissedInTheAgentsEvaluation(String text) {
        assertThat(detector.assess(text).risk()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My friend volunteers on a suicide-prevention helpline",
                "I hope I don't wake up late tomorrow",
                "I don't want to be here for the meeting"
            })
    void leavesCompoundWordsAndOrdinaryWishesUnflagged(String text) {
        assertThat(detector.assess(text).risk()).as(text).isFalse();
    }

    @Test
    void theEvaluationSetsAreLargeAndBalancedAcrossLanguages() {
        assertThat(CrisisPhrases.AT_RISK).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(CrisisPhrases.NOT_AT_RISK).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(CrisisPhrases.AT_RISK_SPANISH).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CrisisPhrases.EVERYDAY_SPANISH).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void namesTheKindOfSignalWithoutRepeatingTheUsersWords() {
        assertThat(detector.assess("I want to kill myself").signals()).containsExactly("lexicon:suicidal_ideation");
        assertThat(detector.assess("Everyone would be better off without me").signals())
                .containsExactly("lexicon:passive_death_wish");
        assertThat(detector.assess("No sé para qué seguir").signals()).containsExactly("lexicon:hopelessness");
        assertThat(detector.assess("Me he vuelto a cortar").signals()).containsExactly("lexicon:self_harm");
    }

    @Test
    void gradesActiveIdeationHighAndAPassiveWishOrHopelessnessAsConcern() {
        assertThat(detector.assess("I want to kill myself"))
                .extracting(CrisisAssessment::level, CrisisAssessment::category)
                .containsExactly(CrisisRisk.HIGH, "active_ideation");
        assertThat(detector.assess("Everyone would be better off without me"))
                .extracting(CrisisAssessment::level, CrisisAssessment::category)
                .containsExactly(CrisisRisk.CONCERN, "passive_wish");
        assertThat(detector.assess("No sé para qué seguir").level()).isEqualTo(CrisisRisk.CONCERN);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
			I have been hoarding my painkillers in a shoebox      | HIGH    | preparatory
			estoy juntando calmantes desde hace un mes            | HIGH    | preparatory
			I gave away all my stuff, I won't need it              | HIGH    | farewell
			dejé cartas escritas para cuando ya no esté           | HIGH    | farewell
			they'd all be relieved if I was gone                  | CONCERN | burden
			soy un peso para mi familia                            | CONCERN | burden
			the top floor of the car park would be high enough    | HIGH    | method_or_place
			me corté el brazo otra vez a propósito                 | HIGH    | self_injury
			""")
    void gradesTheWarningSignCategoriesInBothLanguages(String text, CrisisRisk level, String category) {
        assertThat(detector.assess(text))
                .extracting(CrisisAssessment::level, CrisisAssessment::category)
                .containsExactly(level, category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How can I support a friend who seems suicidal?",
                "¿Cómo ayudo a mi prima después de su intento de suicidio?",
                "In the novel the villain leaves a suicide note",
                "Writing a farewell card to my team before I retire",
                "Bought a rope for climbing this weekend",
                "Is an overdose of vitamin C dangerous?",
                "I burned myself on the oven while baking",
            })
    void leavesHelpForOthersFictionAndLifeAdminUnflagged(String text) {
        assertThat(detector.assess(text).risk()).as(text).isFalse();
    }

    @Test
    void theHigherFindingWinsWhenAMessageMixesLevels() {
        CrisisAssessment found = detector.assess("No sé para qué seguir. Quiero matarme.");

        assertThat(found.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(found.category()).isEqualTo("active_ideation");
    }

    @Test
    void reportsEachSignalOnce() {
        String text = "I started cutting myself again. I want to kill myself. Suicide. Suicide.";

        assertThat(detector.assess(text).signals())
                .containsExactlyInAnyOrder("lexicon:suicidal_ideation", "lexicon:self_harm");
    }

    @Test
    void readsTheConversationWindowSoAFarewellAfterEarlierDistressCounts() {
        assertThat(detector.assess("Gracias por todo. Adiós.").risk()).isFalse();

        CrisisAssessment found = detector.assess("Gracias por todo. Adiós.", List.of("Ya no aguanto más"));

        assertThat(found.risk()).isTrue();
    }

    @Test
    void theFastLayersAnswerAtOnceAndTheSlowOnesOnlyRaiseItLater() {
        CrisisDetector withSlowLayer =
                detector.withModel(text -> new SafetyClassifier.Classification(CrisisRisk.HIGH, "farewell"));

        CrisisDetector.Screening screening = withSlowLayer.screen("Thanks for everything.", List.of("I feel so alone"));

        assertThat(screening.fast().risk()).isFalse();
        assertThat(screening.pending()).isTrue();
        CrisisAssessment complete = screening.complete();
        assertThat(complete.level()).isEqualTo(CrisisRisk.HIGH);
        assertThat(complete.signals()).contains("model:farewell");
        assertThat(detector.screen("I want to end my life", List.of()).pending())
                .as("the lexicon alone has no slow layer")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"I want to k\u200bill myself", "I want to kill mysеlf", "ｓｕｉｃｉｄｅ", "quiero sui\u00adcidarme"})
    void seesThroughInvisibleCharactersLookAlikeLettersAndFullWidthForms(String text) {
        assertThat(detector.assess(text).risk()).as(text).isTrue();
    }

    @Test
    void anIdiomDoesNotHideARealSignalElsewhereInTheMessage() {
        assertThat(detector.assess("This workout is killing me. Honestly I want to end my life.")
                        .risk())
                .isTrue();
        assertThat(detector.assess("Me muero de risa, pero por dentro quiero morirme")
                        .risk())
                .isTrue();
        assertThat(detector.assess("I read a suicide prevention article because I want to kill myself")
                        .risk())
                .isTrue();
    }

    @Test
    void aPhraseCannotBeCompletedAcrossTwoSentences() {
        assertThat(detector.assess("Ya no aguanto más este calor. Mañana voy a la playa.")
                        .risk())
                .isFalse();
        assertThat(detector.assess("Ya no aguanto más. Mañana no sé qué haré.").risk())
                .isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "12345"})
    void findsNoRiskInEmptyText(String text) {
        assertThat(detector.assess(text)).isEqualTo(CrisisAssessment.NONE);
    }

    @Test
    void refusesToStartWithoutItsRules() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new CrisisDetector("/guardrails/missing.txt"))
                .withMessageContaining("not found");
    }
}
