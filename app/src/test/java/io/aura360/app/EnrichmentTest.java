package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aura360.gateway.enrichment.EnrichmentSweeper;
import io.aura360.gateway.request.StaleRequestReaper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An incomplete profile opens an enrichment job and the answer asks for the missing data; a premium pipeline holds
 * the request until the data arrives (then it resumes) or its wait times out (then it fails cleanly).
 */
class EnrichmentTest extends FullStackTest {

    @Autowired
    EnrichmentSweeper sweeper;

    @Autowired
    StaleRequestReaper reaper;

    private final UUID user = UUID.randomUUID();

    @AfterEach
    void removePremiumPipeline() {
        jdbc.sql("delete from holistic_agent_profiles where name = 'soul-premium-test'")
                .update();
    }

    @Test
    void answersAtOnceAskingForTheMissingDataAndClosesTheJobWhenItArrives() {
        Response answered = advice(user, token(user), "body", "{}");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().path("response").path("follow_up").findValuesAsString("action"))
                .contains("provide_age", "provide_activity_level", "provide_sleep_hours");
        assertThat(PayloadSchema.violations(answered.json().path("response").toString()))
                .isEmpty();
        assertThat(job("status")).isEqualTo("OPEN");
        assertThat(jdbc.sql(
                                "select array_to_string(missing_fields, ',') from profile_enrichment_jobs where user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single())
                .isEqualTo("age,activity_level,sleep_hours");

        sweeper.sweep();
        assertThat(job("status")).as("still missing").isEqualTo("OPEN");
        supplyBodyData();
        sweeper.sweep();

        assertThat(job("status")).isEqualTo("SATISFIED");
        JsonNode next = advice(user, token(user), "body", "{}").json();
        assertThat(next.path("response").path("follow_up").findValuesAsString("action"))
                .noneMatch(a -> a.startsWith("provide_"));
        assertThat(jdbc.sql("select count(*) from profile_enrichment_jobs where user_id = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .as("a complete profile opens no job")
                .isEqualTo(1);
    }

    @Test
    void aPremiumPipelineHoldsTheRequestUntilTheProfileHasTheDataThenResumesIt() {
        premiumSoulPipeline();
        String premium = premiumToken();

        Response held = advice(user, premium, "soul", "{\"message\": \"what matters to me\"}");

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().path("status").asString()).isEqualTo("PROCESSING");
        assertThat(held.json().path("error_type").asString()).isEqualTo("AWAITING_PROFILE_DATA");
        assertThat(held.json().path("awaiting_profile_data").toString()).isEqualTo("[\"goals\"]");
        assertThat(held.json().path("provisional").path("label").asString()).isEqualTo("provisional");
        String location = held.header("Location");
        sweeper.sweep();
        reaper.failStaleRequests();
        assertThat(get(location, premium).json().path("error_type").asString()).isEqualTo("AWAITING_PROFILE_DATA");

        assertThat(put("/api/v1/me/profile", premium, "{\"goals\": [\"live by my values\"]}")
                        .status())
                .isEqualTo(200);
        sweeper.sweep();

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        get(location, premium).json().path("status").asString().equals("COMPLETED"));
        JsonNode done = get(location, premium).json();
        assertThat(done.path("error_type").isNull()).isTrue();
        assertThat(done.has("awaiting_profile_data")).isFalse();
        assertThat(done.path("response").path("summary").path("message").asString())
                .contains("live by my values");
        assertThat(PayloadSchema.violations(done.path("response").toString())).isEmpty();
        assertThat(job("status")).isEqualTo("SATISFIED");
        assertThat(jdbc.sql("select held_message is null from profile_enrichment_jobs where user_id = ?")
                        .param(user)
                        .query(Boolean.class)
                        .single())
                .as("the held message is dropped once used")
                .isTrue();
    }

    @Test
    void aHeldRequestResumesWhenItsDataArrivesHoweverManyOlderJobsAreOpen() {
        UUID other = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id, tier, locale) values (?, 'free', 'en')")
                .param(other)
                .update();
        try {
            // A user who keeps asking without ever completing the profile: each answer opens a job for 30 days,
            // all of them older than the held request's.
            jdbc.sql("""
					insert into profile_enrichment_jobs (user_id, request_id, category, missing_fields, blocking,
					                                     deadline_at, created_at)
					select ?, gen_random_uuid(), 'body', array['age'], false, now() + interval '30 days',
					       now() - interval '1 hour'
					from generate_series(1, 600)""").param(other).update();
            premiumSoulPipeline();
            String premium = premiumToken();
            Response held = advice(user, premium, "soul", "{\"message\": \"what matters to me\"}");
            assertThat(held.status()).isEqualTo(202);

            assertThat(put("/api/v1/me/profile", premium, "{\"goals\": [\"live by my values\"]}")
                            .status())
                    .isEqualTo(200);
            sweeper.sweep();

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> get(held.header("Location"), premium)
                            .json()
                            .path("status")
                            .asString()
                            .equals("COMPLETED"));
            assertThat(job("status")).isEqualTo("SATISFIED");
        } finally {
            jdbc.sql("delete from app_users where auth_user_id = ?")
                    .param(other)
                    .update();
        }
    }

    @Test
    void aHeldRequestFailsCleanlyWhenTheDataDoesNotComeInTime() {
        premiumSoulPipeline();
        String premium = premiumToken();
        Response held = advice(user, premium, "soul", "{}");
        assertThat(held.status()).isEqualTo(202);
        // The wait timeout passing, without a wall clock in the test.
        jdbc.sql("update profile_enrichment_jobs set deadline_at = now() - interval '1 second' where user_id = ?")
                .param(user)
                .update();

        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

        JsonNode failed = get(held.header("Location"), premium).json();
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("error_type").asString()).isEqualTo("PROFILE_DATA_TIMEOUT");
        assertThat(failed.has("provisional")).isFalse();
        assertThat(job("status")).isEqualTo("EXPIRED");
        assertThat(sweeper.sweep()).as("an expired job is closed for good").isZero();
    }

    @Test
    void aPipelineNotMarkedPremiumAnswersWithoutWaiting() {
        Response answered = advice(user, premiumToken(), "soul", "{}");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().path("response").path("follow_up").findValuesAsString("action"))
                .contains("provide_goals");
        assertThat(jdbc.sql("select blocking from profile_enrichment_jobs where user_id = ?")
                        .param(user)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private void premiumSoulPipeline() {
        jdbc.sql("""
				insert into holistic_agent_profiles (name, category, priority, enabled, match, pipeline, premium)
				select 'soul-premium-test', category, 100, true, '{"tiers": ["premium"]}', pipeline, true
				from holistic_agent_profiles where name = 'soul-default'""").update();
    }

    private String premiumToken() {
        return TOKENS.sign(user, "premium", List.of(), Duration.ofMinutes(10));
    }

    private void supplyBodyData() {
        assertThat(put(
                                "/api/v1/me/profile",
                                token(user),
                                "{\"birth_date\": \"1990-04-01\", \"activity_level\": \"light\"}")
                        .status())
                .isEqualTo(200);
        assertThat(postJson(
                                "/api/v1/me/biometrics",
                                token(user),
                                "{\"metric\": \"sleep_hours\", \"value\": 6.5, \"unit\": \"h\"}")
                        .status())
                .isEqualTo(201);
    }

    private String job(String column) {
        return jdbc.sql("select " + column
                        + " from profile_enrichment_jobs where user_id = ? order by created_at limit 1")
                .param(user)
                .query(String.class)
                .single();
    }
}
