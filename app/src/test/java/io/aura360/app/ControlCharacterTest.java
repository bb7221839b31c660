package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Text PostgreSQL cannot store (NUL, unpaired surrogates) and control characters are refused at the edge, naming
 * the field, before the agents run or the quota counts; and a database failure is logged by SQLState and
 * constraint only, never with the database's text, which quotes what people wrote.
 */
class ControlCharacterTest extends FullStackTest {

    private static final String INVALID = "https://aura360.io/problems/invalid-request";

    @Test
    void refusesNulInTheMessageBeforeTheAgentsRunOrTheQuotaCounts() {
        UUID user = UUID.randomUUID();

        Response response = advice(user, token(user), "mind", "{\"message\": \"sleep\\u0000 better\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo(INVALID);
        assertThat(fields(response)).containsExactly("metadata.message");
        assertThat(count("select count(*) from holistic_requests where user_id = ?", user))
                .isZero();
        assertThat(count("select coalesce(sum(used), 0) from advice_usage where user_id = ?", user))
                .isZero();
    }

    @Test
    void refusesControlCharactersAndUnpairedSurrogatesInEveryProfileField() {
        UUID user = UUID.randomUUID();

        Response response = put("/api/v1/me/profile", token(user), """
				{"display_name": "Anastasia\\u0007", "goals": ["sleep", "\\u001b[31mcrimson"], "timezone": "Europe/Madrid",
				 "preferences": {"diet": "vegetarian\\ud800", "nested": {"ok": "fine\\tline\\n", "bad": ["\\u0085"]},
				                 "key\\u0000": 1}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "display_name", "goals[1]", "preferences.diet", "preferences.nested.bad[0]", "preferences");
        assertThat(response.body()).doesNotContain("Anastasia", "vegetarian", "crimson");
    }

    @Test
    void refusesControlCharactersInHealthDataAndWebhooks() {
        UUID user = UUID.randomUUID();
        String token = token(user);

        assertThat(fields(postJson("/api/v1/me/habits", token, """
				{"habit_type": "sleep", "description": "late\\u0000"}"""))).containsExactly("description");
        assertThat(fields(postJson("/api/v1/me/clinical-history", token, """
				{"condition": "asthma\\u0000"}"""))).containsExactly("condition");
        assertThat(fields(put("/api/v1/me/webhook", token, """
				{"url": "https://hooks.example.org/\\u0000"}"""))).containsExactly("url");
    }

    @Test
    void acceptsTabsNewlinesAndPairedSurrogates() {
        UUID user = UUID.randomUUID();

        Response response = put("/api/v1/me/profile", token(user), """
				{"display_name": "Ana \\ud83d\\ude00", "preferences": {"notes": "line one\\n\\tline two"}}""");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aDatabaseFailureIsLoggedWithoutItsTextAndSpendsNoQuota() {
        UUID user = UUID.randomUUID();
        String marker = "Device" + UUID.randomUUID().toString().replace("-", "");
        String function = "refuse_" + user.toString().replace("-", "");
        // The insert of the PENDING row fails the way PostgreSQL fails on bad data: quoting the row's values.
        jdbc.sql("create function " + function + "() returns trigger language plpgsql as $$ begin "
                        + "raise exception 'refused %', new.request_metadata; end $$")
                .update();
        jdbc.sql("create trigger " + function + " before insert on holistic_requests for each row when (new.user_id = '"
                        + user + "') execute function " + function + "()")
                .update();
        try (LoggedLines logs = new LoggedLines()) {
            Response response = advice(user, token(user), "mind", "{\"device\": \"" + marker + "\"}");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).doesNotContain(marker);
            assertThat(String.join("\n", logs.lines())).doesNotContain(marker).contains("SQLState P0001");
            assertThat(count("select coalesce(sum(used), 0) from advice_usage where user_id = ?", user))
                    .as("the unit is counted only together with the request row")
                    .isZero();
        } finally {
            jdbc.sql("drop trigger " + function + " on holistic_requests").update();
            jdbc.sql("drop function " + function + "()").update();
        }
    }

    private long count(String sql, UUID user) {
        return jdbc.sql(sql).param(user).query(Long.class).single();
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo(INVALID);
        JsonNode errors = response.json().path("errors");
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) {
            fields.add(errors.get(i).path("field").asString());
        }
        return fields;
    }
}
