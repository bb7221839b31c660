package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The advice flow end to end: HTTP in, real retrieval and composer, every table written, HTTP out. */
class AdviceFullStackTest extends FullStackTest {

    @Test
    void answersWithAValidGroundedPayloadAndPersistsTheWholeRun() {
        UUID user = UUID.randomUUID();
        Response response = advice(
                user,
                token(user),
                "mind",
                "{\"locale\": \"en\", \"device\": \"ios 18\", \"message\": \"I feel stressed at work and cannot relax\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode envelope = response.json();
        assertThat(envelope.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(envelope.path("degraded").asBoolean()).isFalse();
        assertThat(envelope.path("trace_id").asString()).matches("[0-9a-f]{32}");
        String payload = envelope.path("response").toString();
        assertThat(PayloadSchema.violations(payload)).isEmpty();
        assertEveryCitationNamesASource(envelope.path("response"));
        assertThat(envelope.path("response").path("recommendations").size()).isPositive();
        for (JsonNode source : envelope.path("response").path("sources")) {
            assertThat(source.path("source_id").asString()).startsWith("mind-en-");
        }

        UUID requestId = UUID.fromString(envelope.path("request_id").asString());
        assertThat(jdbc.sql("select status::text from holistic_requests where id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select schema_version from holistic_requests where id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("1.0.0");
        assertThat(count("select count(*) from holistic_agent_runs where request_id = ?", requestId))
                .as("one run per agent of the mind pipeline")
                .isEqualTo(2);
        assertThat(count("""
				select count(*) from holistic_vector_queries q join holistic_agent_runs r on r.id = q.agent_run_id
				where r.request_id = ? and q.collection_name = 'holistic_memory' and q.top_k = 4
				  and q.filters ->> 'category' = 'mind' and q.filters ->> 'locale' = 'en'""", requestId)).isEqualTo(2);
        assertThat(jdbc.sql("select trace_id from holistic_responses where request_id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo(envelope.path("trace_id").asString());
        assertThat(count(
                        "select count(*) from outbox_events where aggregate_id = ? and event_type = 'holistic.response.created'",
                        requestId))
                .isEqualTo(1);
        assertThat(jdbc.sql("select status::text from holistic_request_history where request_id = ? order by id")
                        .param(requestId)
                        .query(String.class)
                        .list())
                .containsExactly("PENDING", "COMPLETED");
        String storedMetadata = jdbc.sql("select request_metadata::text from holistic_requests where id = ?")
                .param(requestId)
                .query(String.class)
                .single();
        assertThat(storedMetadata).contains("ios 18").doesNotContain("stressed");
    }

    @Test
    void returnsTheSameEnvelopeToItsOwnerOnly() {
        UUID owner = UUID.randomUUID();
        JsonNode created = advice(owner, token(owner), "body", "{}").json();
        String id = created.path("request_id").asString();

        Response mine = get("/api/v1/holistic/requests/" + id, token(owner));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).isEqualTo(created);

        UUID stranger = UUID.randomUUID();
        Response theirs = get("/api/v1/holistic/requests/" + id, token(stranger));
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.json().path("type").asString()).isEqualTo("https://aura360.io/problems/not-found");
        assertThat(get("/api/v1/holistic/requests/not-a-uuid", token(owner)).status())
                .isEqualTo(404);
        assertThat(get("/api/v1/holistic/requests/" + UUID.randomUUID(), token(owner))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void answersInSpanishFromSpanishSources() {
        UUID user = UUID.randomUUID();
        Response response =
                advice(user, token(user), "body", "{\"locale\": \"es\", \"message\": \"duermo poco y mal\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode payload = response.json().path("response");
        assertThat(PayloadSchema.violations(payload.toString())).isEmpty();
        assertThat(payload.path("user").path("locale").asString()).isEqualTo("es");
        assertThat(payload.path("summary").path("title").asString()).isEqualTo("Tu plan para el cuerpo");
        assertThat(payload.path("sources").size()).isPositive();
        for (JsonNode source : payload.path("sources")) {
            assertThat(source.path("source_id").asString()).startsWith("body-es-");
        }
        assertEveryCitationNamesASource(payload);
    }

    @Test
    void acceptsTheSpanishCategoryNameAndAnswersWithTheCanonicalOne() {
        UUID user = UUID.randomUUID();
        Response response =
                advice(user, token(user), "cuerpo", "{\"locale\": \"es\", \"message\": \"duermo poco y mal\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode payload = response.json().path("response");
        assertThat(payload.path("category").asString()).isEqualTo("body");
        assertThat(PayloadSchema.violations(payload.toString())).isEmpty();
        UUID requestId = UUID.fromString(response.json().path("request_id").asString());
        assertThat(jdbc.sql("select category::text from holistic_requests where id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("body");
        assertThat(get("/api/v1/holistic/requests/" + requestId, token(user))
                        .json()
                        .path("response")
                        .path("category")
                        .asString())
                .isEqualTo("body");
    }

    @Test
    void asksAUserWithAnEmptyProfileToCompleteIt() {
        UUID user = UUID.randomUUID();
        JsonNode payload = advice(user, token(user), "soul", "{}").json().path("response");

        assertThat(PayloadSchema.violations(payload.toString())).isEmpty();
        assertThat(payload.path("follow_up").findValuesAsString("action"))
                .contains("complete_profile", "check_in_on_progress");
        assertThat(payload.path("summary").path("message").asString()).contains("Tell us about your habits");
        for (JsonNode source : payload.path("sources")) {
            assertThat(source.path("source_id").asString()).startsWith("soul-en-");
        }
    }

    @Test
    void personalisesFromTheProfileWithoutSendingIdentifiersToTheAgents() {
        UUID user = UUID.randomUUID();
        jdbc.sql("""
				insert into app_users (auth_user_id, tier, locale, display_name, email, phone, birth_date, sex, goals)
				values (?, 'free', 'en', 'Ana Example', 'ana@example.com', '+34600000000', date '1990-05-17', 'female',
				        array['sleep better'])""").param(user).update();
        jdbc.sql(
                        "insert into user_clinical_history (user_id, condition, medical_flag) values (?, 'Type 2 diabetes', 'diabetes')")
                .param(user)
                .update();
        jdbc.sql(
                        "insert into user_habits (user_id, habit_type, description, frequency) values (?, 'sleep', 'goes to bed after 1am', 'daily')")
                .param(user)
                .update();
        jdbc.sql("insert into user_biometrics (user_id, metric, value, unit) values (?, 'sleep_hours', 5.5, 'h')")
                .param(user)
                .update();

        JsonNode envelope = advice(user, TOKENS.sign(user, "premium", List.of(), Duration.ofMinutes(5)), "body", "{}")
                .json();

        assertThat(envelope.path("response").path("summary").path("message").asString())
                .contains("sleep better");
        assertThat(envelope.path("response").path("follow_up").findValuesAsString("action"))
                .doesNotContain("complete_profile");
        assertThat(envelope.path("response").path("user").path("tier").asString())
                .isEqualTo("premium");
        assertThat(jdbc.sql("select tier::text from app_users where auth_user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single())
                .as("the tier follows the token")
                .isEqualTo("premium");
        String seen = jdbc.sql(
                        "select string_agg(input_context::text, ' ') from holistic_agent_runs where request_id = ?")
                .param(UUID.fromString(envelope.path("request_id").asString()))
                .query(String.class)
                .single();
        assertThat(seen)
                .contains("diabetes", "goes to bed after 1am", "5.5 h", "sleep better")
                .doesNotContain("Ana Example", "ana@example.com", "+34600000000", "1990-05-17")
                .containsPattern("\"age_range\": \"\\d0-\\d9\"");
    }

    @Test
    void givesTheAgentsTheLastThreeResponses() {
        UUID user = UUID.randomUUID();
        String token = token(user);
        for (String category : List.of("mind", "body", "soul", "mind")) {
            assertThat(advice(user, token, category, "{}").status()).isEqualTo(200);
        }
        JsonNode last = advice(user, token, "body", "{}").json();

        String seen = jdbc.sql("select input_context::text from holistic_agent_runs where request_id = ? limit 1")
                .param(UUID.fromString(last.path("request_id").asString()))
                .query(String.class)
                .single();
        JsonNode recent = JSON.readTree(seen).path("recent_responses");
        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.get(0).asString()).startsWith("mind: ");
    }

    @Test
    void aPipelineChangeInTheDatabaseAppliesToTheNextRequest() {
        UUID user = UUID.randomUUID();
        jdbc.sql("update holistic_agent_profiles set enabled = false where category = 'soul'")
                .update();
        try {
            Response refused = advice(user, token(user), "soul", "{}");
            assertThat(refused.status()).isEqualTo(503);
            JsonNode problem = refused.json();
            assertThat(problem.path("type").asString()).isEqualTo("https://aura360.io/problems/advice-unavailable");
            assertThat(problem.path("error_type").asString()).isEqualTo("NO_AGENT_PROFILE");
            UUID requestId = UUID.fromString(problem.path("request_id").asString());
            assertThat(jdbc.sql("select status::text || ' ' || error_type from holistic_requests where id = ?")
                            .param(requestId)
                            .query(String.class)
                            .single())
                    .isEqualTo("FAILED NO_AGENT_PROFILE");
            assertThat(get("/api/v1/holistic/requests/" + requestId, token(user))
                            .json()
                            .path("status")
                            .asString())
                    .isEqualTo("FAILED");
        } finally {
            jdbc.sql("update holistic_agent_profiles set enabled = true where category = 'soul'")
                    .update();
        }
        assertThat(advice(user, token(user), "soul", "{}").status()).isEqualTo(200);
    }

    private static void assertEveryCitationNamesASource(JsonNode payload) {
        Set<String> sources = new HashSet<>(payload.path("sources").findValuesAsString("source_id"));
        for (JsonNode recommendation : payload.path("recommendations")) {
            assertThat(recommendation.path("evidence_ids").size()).isPositive();
            for (JsonNode id : recommendation.path("evidence_ids")) {
                assertThat(sources).contains(id.asString());
            }
        }
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
