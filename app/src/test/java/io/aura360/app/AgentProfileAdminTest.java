package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API configures agent pipelines; a change applies to the next advice request. */
class AgentProfileAdminTest extends FullStackTest {

    private static final String PROFILES = "/api/v1/admin/agent-profiles";

    private final UUID admin = UUID.randomUUID();

    private final String adminToken = TOKENS.sign(admin, "free", List.of("admin"), Duration.ofMinutes(10));

    @AfterEach
    void removeTestProfiles() {
        jdbc.sql("delete from holistic_agent_profiles where name like 'test-%'").update();
    }

    @Test
    void refusesUsersWithoutTheAdminScope() {
        UUID user = UUID.randomUUID();
        assertThat(get(PROFILES, token(user)).status()).isEqualTo(403);
        assertThat(postJson(PROFILES, token(user), profile("test-x", "body", 5, "[]"))
                        .status())
                .isEqualTo(403);
        assertThat(get(PROFILES, null).status()).isEqualTo(401);
    }

    @Test
    void listsTheSeededDefaults() {
        Response response = get(PROFILES, adminToken);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsString("name")).contains("mind-default", "body-default", "soul-default");
    }

    @Test
    void aNewHigherPriorityProfileServesTheNextRequestAndAnUpdateTakesItBack() {
        UUID user = UUID.randomUUID();
        Response created = postJson(PROFILES, adminToken, profile("test-es-sleep", "body", 10, step("sleep_coach_es")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(agentsOf(advice(user, token(user), "body", "{\"locale\": \"es\"}")))
                .containsExactlyInAnyOrder("sleep_coach_es");
        assertThat(agentsOf(advice(user, token(user), "body", "{\"locale\": \"en\"}")))
                .as("the profile matches Spanish only")
                .containsExactlyInAnyOrder("nutrition", "movement", "sleep");

        String disabled = profile("test-es-sleep", "body", 10, step("sleep_coach_es"))
                .replace("\"enabled\": true", "\"enabled\": false");
        assertThat(put(PROFILES + "/test-es-sleep", adminToken, disabled).status())
                .isEqualTo(200);
        assertThat(agentsOf(advice(user, token(user), "body", "{\"locale\": \"es\"}")))
                .containsExactlyInAnyOrder("nutrition", "movement", "sleep");
        assertThat(jdbc.sql("select updated_by from holistic_agent_profiles where name = 'test-es-sleep'")
                        .query(String.class)
                        .single())
                .isEqualTo("admin:" + admin);
    }

    /** Parsed pipelines are remembered by their JSON text: a changed pipeline must serve the very next request. */
    @Test
    void anEditedPipelineServesTheNextRequest() {
        UUID user = UUID.randomUUID();
        assertThat(postJson(PROFILES, adminToken, profile("test-es-edit", "body", 10, step("coach_before")))
                        .status())
                .isEqualTo(201);
        assertThat(agentsOf(advice(user, token(user), "body", "{\"locale\": \"es\"}")))
                .containsExactly("coach_before");

        assertThat(put(PROFILES + "/test-es-edit", adminToken, profile("test-es-edit", "body", 10, step("coach_after")))
                        .status())
                .isEqualTo(200);

        assertThat(agentsOf(advice(user, token(user), "body", "{\"locale\": \"es\"}")))
                .containsExactly("coach_after");
    }

    @Test
    void refusesProfilesThatCouldNotRun() {
        Response invalid = postJson(
                PROFILES,
                adminToken,
                profile(
                        "test-bad",
                        "body",
                        1,
                        step("x").replace("\"offline\"", "\"gpt-9\"").replace("\"top_k\": 3", "\"top_k\": 0")));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").findValuesAsString("field"))
                .contains("pipeline[0].model", "pipeline[0].retrieval.top_k", "pipeline[0].agent");
        assertThat(postJson(PROFILES, adminToken, profile("test-empty", "body", 1, ""))
                        .status())
                .isEqualTo(422);
        assertThat(postJson(PROFILES, adminToken, profile("test-cat", "spirit", 1, step("coach")))
                        .status())
                .isEqualTo(422);
        assertThat(postJson(PROFILES, adminToken, profile("Bad Name!", "body", 1, step("coach")))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void answersConflictForADuplicateAndNotFoundForAnUnknownName() {
        assertThat(postJson(PROFILES, adminToken, profile("test-dup", "mind", 1, step("coach")))
                        .status())
                .isEqualTo(201);
        Response duplicate = postJson(PROFILES, adminToken, profile("test-dup", "mind", 1, step("coach")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("type").asString()).isEqualTo("https://aura360.io/problems/conflict");
        assertThat(put(PROFILES + "/test-missing", adminToken, profile("test-missing", "mind", 1, step("coach")))
                        .status())
                .isEqualTo(404);
        assertThat(put(PROFILES + "/test-dup", adminToken, profile("test-other", "mind", 1, step("coach")))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void letsAnAdminAskForAnotherUsersAdvice() {
        UUID user = UUID.randomUUID();
        assertThat(advice(user, token(user), "mind", "{}").status()).isEqualTo(200);
        Response onBehalf = advice(user, adminToken, "mind", "{}");
        assertThat(onBehalf.status()).as(onBehalf.body()).isEqualTo(200);
        assertThat(onBehalf.json().path("response").path("user").path("id").asString())
                .isEqualTo(user.toString());
        assertThat(advice(UUID.randomUUID(), adminToken, "mind", "{}").status())
                .as("unknown users are not created")
                .isEqualTo(404);
    }

    private List<String> agentsOf(Response advice) {
        assertThat(advice.status()).as(advice.body()).isEqualTo(200);
        JsonNode envelope = advice.json();
        return jdbc.sql("select agent_name from holistic_agent_runs where request_id = ? order by agent_name")
                .param(UUID.fromString(envelope.path("request_id").asString()))
                .query(String.class)
                .list();
    }

    private static String profile(String name, String category, int priority, String pipeline) {
        return """
				{"name": "%s", "category": "%s", "priority": %d, "enabled": true,
				 "match": {"tiers": [], "locales": ["es"], "medical_flags": []}, "pipeline": [%s]}""".formatted(name, category, priority, pipeline);
    }

    private static String step(String agent) {
        return """
				{"agent": "%s", "model": "offline", "prompt_template": "advice",
				 "focus": {"es": "dormir mejor"}, "retrieval": {"collections": ["holistic_memory"], "top_k": 3,
				 "min_confidence": 0.5}, "guardrails": ["grounding"]}""".formatted(agent).replace("\"agent\": \"x\"", "\"agent\": \"X!\"");
    }
}
