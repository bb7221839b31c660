package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.Source;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfile.Match;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.vector.SearchRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the pipeline's steps ask the vector service, and which evidence may reach the payload. */
class AgentPipelineSearchTest extends PipelineFixture {

    @Test
    void stepsWithTheSameRetrievalSettingsShareOneSearchOfTheUsersWords() {
        AgentRunResult result =
                pipeline.run(request(Category.SOUL, "en", "How can I feel more gratitude and purpose?"));

        assertThat(search.requests()).hasSize(1);
        assertThat(result.agentRuns())
                .hasSize(3)
                .allSatisfy(run -> assertThat(run.vectorQueries().getFirst().results())
                        .isEqualTo(result.agentRuns()
                                .getFirst()
                                .vectorQueries()
                                .getFirst()
                                .results())
                        .isNotEmpty());
    }

    @Test
    void stepsWithDifferentRetrievalSettingsEachSearchTheUsersWords() {
        pipeline.run(request(Category.MIND, "en", "I sleep badly and feel stressed"));

        assertThat(search.requests()).extracting(SearchRequest::topK).containsExactly(2, 4);
        assertThat(search.requests()).extracting(SearchRequest::query).containsOnly("I sleep badly and feel stressed");
    }

    @ParameterizedTest(name = "locale {0} searches and answers in {1}")
    @CsvSource({"es-MX, es", "es, es", "es_ES, es", "ES, es", "fr, en", "en-GB, en", "en, en"})
    void searchRequestsCarryTheCategoryTheUsersLanguageAndTheStepsMinConfidence(String requested, String language) {
        AgentRunResult result = pipeline.run(request(Category.MIND, requested, null));

        assertThat(search.requests()).hasSize(2);
        assertThat(search.requests()).allSatisfy(r -> {
            assertThat(r.filters().category()).isEqualTo("mind");
            assertThat(r.filters().locale()).isEqualTo(language);
        });
        assertThat(search.requests())
                .extracting(r -> r.filters().minConfidence())
                .containsExactly(0.5, 0.3);
        assertThat(result.agentRuns()).allSatisfy(run -> {
            assertThat(run.inputContext()).containsEntry("locale", language);
            assertThat(run.vectorQueries().get(0).filters()).containsEntry("locale", language);
        });
        assertThat(result.payload().user().locale()).isEqualTo(language);
    }

    @Test
    void evidenceOfAnotherCategoryOrLanguageNeverReachesThePayload() {
        AdvicePayload payload = pipeline.run(request(Category.MIND, "es-MX", BOTH_TOPICS + " sueño estrés"))
                .payload();

        assertThat(payload.sources())
                .extracting(Source::sourceId)
                .containsExactlyInAnyOrder("sueno#1", "respiracion#1");
    }

    @Test
    void withoutAMessageEachStepSearchesForItsFocusInTheUsersLanguage() {
        pipeline.run(request(Category.MIND, "es-MX", null));
        pipeline.run(request(Category.MIND, "fr", null));
        pipeline.run(request(Category.MIND, "en", "   "));

        assertThat(search.requests())
                .extracting(SearchRequest::query)
                .containsExactly(
                        "estrés y respiración",
                        "rutina de sueño y descanso",
                        "stress and breathing",
                        "sleep routine and rest",
                        "stress and breathing",
                        "sleep routine and rest");
    }

    @Test
    void stepWithoutAFocusInTheUsersLanguageSearchesForItsEnglishFocusOrElseTheCategory() {
        AgentProfile profile = new AgentProfile(
                "body-default",
                Category.BODY,
                1,
                true,
                Match.EVERYONE,
                List.of(step("runner", Map.of("en", "running"), 3, 0.0), step("mover", Map.of(), 3, 0.0)));
        pipeline.run(request(Category.BODY, "es", null, List.of(profile)));

        assertThat(search.requests()).extracting(SearchRequest::query).containsExactly("running", "body wellbeing");
    }

    @Test
    void withAMessageEveryStepSearchesForTheMessage() {
        AgentRunResult result = pipeline.run(request(Category.MIND, "en", "  " + BOTH_TOPICS + "\n"));

        assertThat(search.requests()).extracting(SearchRequest::query).containsExactly(BOTH_TOPICS, BOTH_TOPICS);
        assertThat(result.agentRuns())
                .allSatisfy(run -> assertThat(run.inputContext()).containsEntry("query", BOTH_TOPICS));
    }
}
