package io.aura360.agents.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.model.ParsedAdvice.Invalid;
import io.aura360.agents.model.ParsedAdvice.Valid;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredAdviceParserTest {

    private static final String VALID = """
			{"summary": {"title": "Your mind plan", "message": "Two steps."},
			 "recommendations": [
			   {"type": "stress_coach", "description": "Breathe slowly for five minutes.", "confidence": 0.8,
			    "evidence_ids": ["stress#3"]},
			   {"type": "stress_coach", "description": "Keep a regular bedtime.", "confidence": 1,
			    "evidence_ids": ["sleep#1", "stress#3"]}],
			 "follow_up": [{"action": "check_in_on_progress", "due_date": "2026-12-09", "channel": "app"}]}""";

    private final StructuredAdviceParser parser = new StructuredAdviceParser();

    @Test
    void readsRecommendationsAndSummary() {
        assertThat(parser.parse(VALID, Requests.EVIDENCE))
                .isEqualTo(new Valid(
                        List.of(
                                new Recommendation(
                                        "stress_coach", "Breathe slowly for five minutes.", 0.8, List.of("stress#3")),
                                new Recommendation(
                                        "stress_coach",
                                        "Keep a regular bedtime.",
                                        1.0,
                                        List.of("sleep#1", "stress#3"))),
                        new Summary("Your mind plan", "Two steps.")));
    }

    @Test
    void toleratesAMarkdownJsonFence() {
        assertThat(parser.parse("```json\n" + VALID + "\n```", Requests.EVIDENCE))
                .isInstanceOf(Valid.class);
        assertThat(parser.parse("  ```\n" + VALID + "```  ", Requests.EVIDENCE)).isInstanceOf(Valid.class);
    }

    @Test
    void rejectsARecommendationWithoutEvidence() {
        String uncited = VALID.replace("[\"stress#3\"]", "[]");

        assertThat(errors(uncited))
                .containsExactly("$.recommendations[0].evidence_ids: must have at least 1 items but found 0");
    }

    @Test
    void rejectsAConfidenceAboveOne() {
        assertThat(errors(VALID.replace("0.8", "1.3")))
                .singleElement()
                .asString()
                .startsWith("$.recommendations[0].confidence: must have a maximum value of 1");
    }

    @Test
    void listsEverySchemaErrorWithThePathOfTheField() {
        String twoMistakes = VALID.replace("\"description\": \"Breathe slowly for five minutes.\", ", "")
                .replace("\"confidence\": 1,", "\"confidence\": \"high\",");

        assertThat(errors(twoMistakes))
                .hasSize(2)
                .anySatisfy(error ->
                        assertThat(error).contains("$.recommendations[0]").contains("description"))
                .anySatisfy(error -> assertThat(error).contains("$.recommendations[1].confidence"));
    }

    @Test
    void rejectsMembersTheSchemaDoesNotKnow() {
        assertThat(errors(VALID.replace("\"confidence\": 0.8,", "\"confidence\": 0.8, \"dosage\": \"10 mg\",")))
                .singleElement()
                .asString()
                .contains("dosage");
    }

    @Test
    void rejectsAFollowUpDueDateThatIsNotADate() {
        assertThat(errors(VALID.replace("2026-12-09", "next week")))
                .singleElement()
                .asString()
                .contains("$.follow_up[0].due_date");
    }

    @Test
    void keepsEvidenceIdsThatNameNoSourceForTheGroundingGuardrail() {
        ParsedAdvice parsed = parser.parse(VALID.replace("[\"stress#3\"]", "[\"made-up#9\"]"), Requests.EVIDENCE);

        assertThat(parsed)
                .isInstanceOfSatisfying(
                        Valid.class,
                        valid -> assertThat(valid.recommendations().get(0).evidenceIds())
                                .containsExactly("made-up#9"));
    }

    @Test
    void acceptsAnAnswerWithoutSummaryAndLeavesItToThePipeline() {
        String noSummary =
                VALID.replace("\"summary\": {\"title\": \"Your mind plan\", \"message\": \"Two steps.\"},", "");

        assertThat(parser.parse(noSummary, Requests.EVIDENCE))
                .isInstanceOfSatisfying(
                        Valid.class, valid -> assertThat(valid.summary()).isNull());
    }

    @Test
    void requiresTheRecommendationsList() {
        assertThat(errors("{\"summary\": {\"title\": \"t\", \"message\": \"m\"}}"))
                .singleElement()
                .asString()
                .contains("recommendations");
    }

    @Test
    void reportsTextThatIsNotJsonWithItsPosition() {
        assertThat(errors("Here is your plan: {\"recommendations\": []}"))
                .singleElement()
                .asString()
                .startsWith("the answer is not valid JSON (line 1, column");
    }

    @Test
    void reportsJsonCutOffHalfWay() {
        assertThat(errors(VALID.substring(0, VALID.indexOf("Keep a regular"))))
                .singleElement()
                .asString()
                .startsWith("the answer is not valid JSON");
    }

    @Test
    void rejectsEmptyTextAndJsonThatIsNotAnObject() {
        assertThat(errors(null)).containsExactly("the answer is empty: reply with one JSON object");
        assertThat(errors("  ")).containsExactly("the answer is empty: reply with one JSON object");
        assertThat(errors("[1, 2]")).singleElement().asString().contains("one JSON object");
    }

    private List<String> errors(String text) {
        ParsedAdvice parsed = parser.parse(text, Requests.EVIDENCE);
        assertThat(parsed).isInstanceOf(Invalid.class);
        return ((Invalid) parsed).errors();
    }
}
