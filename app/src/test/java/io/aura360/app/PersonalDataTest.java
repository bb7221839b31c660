package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /api/v1/me: users keep their own profile and health data, it shapes their advice, and they can erase it. */
class PersonalDataTest extends FullStackTest {

    private final UUID user = UUID.randomUUID();

    @Autowired
    ConversationMemory conversations;

    @Autowired
    AgentGate agents;

    @Test
    void aProfileWrittenThroughTheApiShapesTheNextAdvice() {
        String token = token(user);
        Response saved = put("/api/v1/me/profile", token, """
				{"display_name": "Ana", "locale": "es", "sex": "female", "birth_date": "1988-03-02", "height_cm": 165,
				 "activity_level": "light", "goals": ["dormir mejor"], "preferences": {"tone": "gentle"},
				 "timezone": "Europe/Madrid"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("goals").get(0).asString()).isEqualTo("dormir mejor");
        assertThat(postJson(
                                "/api/v1/me/habits",
                                token,
                                "{\"habit_type\": \"sleep\", \"description\": \"se acuesta tarde\", \"frequency\": \"daily\"}")
                        .status())
                .isEqualTo(201);
        assertThat(postJson(
                                "/api/v1/me/biometrics",
                                token,
                                "{\"metric\": \"sleep_hours\", \"value\": 5.5, \"unit\": \"h\"}")
                        .status())
                .isEqualTo(201);
        assertThat(postJson(
                                "/api/v1/me/clinical-history",
                                token,
                                "{\"condition\": \"Embarazo\", \"medical_flag\": \"pregnancy\"}")
                        .status())
                .isEqualTo(201);

        JsonNode advice = advice(user, token, "body", "{}").json();

        assertThat(advice.path("response").path("summary").path("message").asString())
                .contains("dormir mejor");
        String seen = jdbc.sql("select input_context::text from holistic_agent_runs where request_id = ? limit 1")
                .param(UUID.fromString(advice.path("request_id").asString()))
                .query(String.class)
                .single();
        assertThat(seen).contains("pregnancy", "se acuesta tarde", "5.5 h").doesNotContain("Ana", "1988-03-02");
        assertThat(get("/api/v1/me/habits", token).json().size()).isEqualTo(1);
        assertThat(get("/api/v1/me/clinical-history", token)
                        .json()
                        .get(0)
                        .path("medical_flag")
                        .asString())
                .isEqualTo("pregnancy");
    }

    @Test
    void refusesFieldsUsersMayNotSetAndValuesOutOfRange() {
        String token = token(user);
        assertThat(put("/api/v1/me/profile", token, "{\"tier\": \"premium\"}").status())
                .isEqualTo(422);
        assertThat(put("/api/v1/me/profile", token, "{\"height_cm\": 5}").status())
                .isEqualTo(422);
        assertThat(put("/api/v1/me/profile", token, "{\"birth_date\": \"2999-01-01\"}")
                        .status())
                .isEqualTo(422);
        assertThat(put("/api/v1/me/profile", token, "{\"timezone\": \"Mars/Olympus\"}")
                        .status())
                .isEqualTo(422);
        assertThat(postJson("/api/v1/me/habits", token, "{\"habit_type\": \"hacking\", \"description\": \"x\"}")
                        .status())
                .isEqualTo(422);
        assertThat(postJson(
                                "/api/v1/me/biometrics",
                                token,
                                "{\"metric\": \"DROP TABLE\", \"value\": 1, \"unit\": \"x\"}")
                        .status())
                .isEqualTo(422);
        assertThat(get("/api/v1/me/profile", token).json().path("tier").asString())
                .isEqualTo("free");
    }

    @Test
    void erasingTheUserRemovesTheirDataAndKeepsOnlyIdsInTheAudit() {
        String token = token(user);
        JsonNode advice =
                advice(user, token, "mind", "{\"message\": \"stress at work\"}").json();
        UUID requestId = UUID.fromString(advice.path("request_id").asString());
        assertThat(postJson("/api/v1/me/habits", token, "{\"habit_type\": \"sleep\", \"description\": \"late\"}")
                        .status())
                .isEqualTo(201);

        assertThat(internalDelete(token).status()).isEqualTo(204);

        assertThat(get("/api/v1/me/profile", token).status()).isEqualTo(404);
        assertThat(get("/api/v1/holistic/requests/" + requestId, token).status())
                .isEqualTo(404);
        for (String table : new String[] {
            "holistic_requests where user_id",
            "user_habits where user_id",
            "advice_usage where user_id",
            "app_users where auth_user_id"
        }) {
            assertThat(jdbc.sql("select count(*) from " + table + " = ?")
                            .param(user)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from holistic_responses where request_id = ?")
                        .param(requestId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbox_events where aggregate_id = ?")
                        .param(requestId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select string_agg(operation, ',' order by id) from holistic_request_history where request_id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("INSERT,UPDATE,DELETE");
    }

    @Test
    void erasingTheUserForgetsTheirConversationAndKeepsEveryoneElses() {
        UUID other = UUID.randomUUID();
        String session = "{\"message\": \"I sleep badly\", \"session_id\": \"evening-chat\"}";
        assertThat(advice(user, token(user), "body", session).status()).isEqualTo(200);
        assertThat(advice(other, token(other), "body", session).status()).isEqualTo(200);
        assertThat(conversations.recent(user, "evening-chat")).isNotEmpty();

        assertThat(internalDelete(token(user)).status()).isEqualTo(204);

        assertThat(conversations.recent(user, "evening-chat")).isEmpty();
        assertThat(conversations.recent(other, "evening-chat"))
                .extracting(ConversationMemory.Turn::text)
                .contains("I sleep badly");
        assertThat(internalDelete(token(user)).status())
                .as("erasure can be repeated")
                .isEqualTo(204);
    }

    @Test
    void anErasureTheAgentsMissedIsReportedAndCompletedByRepeatingIt() {
        String token = token(user);
        assertThat(advice(user, token, "mind", "{\"message\": \"stress\", \"session_id\": \"s1\"}")
                        .status())
                .isEqualTo(200);
        agents.failNextErasure();

        Response incomplete = internalDelete(token);

        assertThat(incomplete.status()).isEqualTo(503);
        assertThat(incomplete.json().path("type").asString())
                .isEqualTo("https://aura360.io/problems/erasure-incomplete");
        assertThat(get("/api/v1/me/profile", token).status())
                .as("the rows are gone already")
                .isEqualTo(404);
        assertThat(conversations.recent(user, "s1")).isNotEmpty();

        assertThat(internalDelete(token).status()).isEqualTo(204);
        assertThat(conversations.recent(user, "s1")).isEmpty();
    }

    @Test
    void everyPersonalEndpointNeedsAToken() {
        for (String path : new String[] {
            "/api/v1/me/profile", "/api/v1/me/habits", "/api/v1/me/biometrics", "/api/v1/me/clinical-history"
        }) {
            assertThat(get(path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(internalDelete(null).status()).isEqualTo(401);
    }

    private Response internalDelete(String token) {
        return send(
                request("/api/v1/me").DELETE().header("Authorization", token == null ? "Bearer x" : "Bearer " + token));
    }
}
