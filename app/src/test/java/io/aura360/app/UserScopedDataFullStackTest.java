package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.RequestPartitions;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import io.aura360.gateway.request.StaleRequestReaper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole product on partitioned requests, row-level security and the profile cache: user-facing reads and
 * writes run as the caller's database role, requests of any month are found, reaped and erased, and the profile
 * an advice request reads is evicted by the user's writes.
 */
class UserScopedDataFullStackTest extends FullStackTest {

    @Autowired
    StaleRequestReaper reaper;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    RequestPartitions partitions;

    private final UUID user = UUID.randomUUID();

    @Test
    void profileWritesRunAsTheUserAndAreRecordedAsTheirs() {
        String token = token(user);
        assertThat(put("/api/v1/me/profile", token, "{\"display_name\": \"Lu\", \"locale\": \"en\"}")
                        .status())
                .isEqualTo(200);
        assertThat(postJson("/api/v1/me/habits", token, "{\"habit_type\": \"sleep\", \"description\": \"late\"}")
                        .status())
                .isEqualTo(201);

        assertThat(jdbc.sql("select updated_by from app_users where auth_user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single())
                .isEqualTo(user.toString());
        assertThat(jdbc.sql("select updated_by from user_habits where user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single())
                .isEqualTo(user.toString());
        assertThat(get("/api/v1/me/profile", token).json().path("display_name").asString())
                .isEqualTo("Lu");
    }

    @Test
    void aRequestDatedBeforeThePreparedMonthsIsReapedAndShownToItsOwnerOnly() {
        String token = token(user);
        assertThat(put("/api/v1/me/profile", token, "{\"locale\": \"en\"}").status())
                .isEqualTo(200);
        UUID old = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, schema_version, requested_at)
				values (?, ?, 'soul', 'PROCESSING', '1.0.0', now() - interval '45 days')""").params(old, user).update();

        assertThat(reaper.failStaleRequests()).isPositive();

        Response mine = get("/api/v1/holistic/requests/" + old, token);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("status").asString()).isEqualTo("FAILED");
        assertThat(mine.json().path("error_type").asString()).isEqualTo("INTERRUPTED");
        UUID stranger = UUID.randomUUID();
        assertThat(get("/api/v1/holistic/requests/" + old, token(stranger)).status())
                .isEqualTo(404);
    }

    @Test
    void theCachedProfileOfAnAdviceRequestIsEvictedByTheUsersWritesAndByErasure() {
        String token = token(user);
        assertThat(advice(user, token, "body", "{}").status()).isEqualTo(200);
        jdbc.sql("update app_users set sex = 'other' where auth_user_id = ?")
                .param(user)
                .update();
        assertThat(profiles.find(user))
                .as("the advice request cached it")
                .get()
                .extracting(UserProfile::sex)
                .isNull();

        assertThat(put("/api/v1/me/profile", token, "{\"sex\": \"female\"}").status())
                .isEqualTo(200);
        assertThat(profiles.find(user)).get().extracting(UserProfile::sex).isEqualTo("female");

        assertThat(send(request("/api/v1/me").DELETE().header("Authorization", "Bearer " + token))
                        .status())
                .isEqualTo(204);
        assertThat(profiles.find(user)).isEmpty();
    }

    @Test
    void erasureReachesRequestsInEveryMonthAndTheAuditNamesTheUser() {
        String token = token(user);
        UUID current = UUID.fromString(
                advice(user, token, "mind", "{}").json().path("request_id").asString());
        UUID earlier = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, schema_version, requested_at)
				values (?, ?, 'mind', 'COMPLETED', '1.0.0', now() - interval '62 days')""").params(earlier, user).update();
        assertThat(get("/api/v1/me/usage", token)
                        .json()
                        .path("daily")
                        .path("used")
                        .asInt())
                .isOne();

        assertThat(send(request("/api/v1/me").DELETE().header("Authorization", "Bearer " + token))
                        .status())
                .isEqualTo(204);

        assertThat(jdbc.sql("select count(*) from holistic_requests where id in (?, ?)")
                        .params(current, earlier)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select changed_by from holistic_request_history where request_id in (?, ?) and operation = 'DELETE'")
                        .params(current, earlier)
                        .query(String.class)
                        .list())
                .containsExactly(user.toString(), user.toString());
    }

    @Test
    void partitionsAreReadyAheadOnceTheGatewayHasStarted() {
        assertThat(partitions.ensure()).as("made at start already").isZero();
        // Months before the first start have no partition: rows dated back there (tests) wait in the default one.
        assertThat(jdbc.sql(
                                "select count(*) from holistic_requests_default where requested_at >= date_trunc('month', now())")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
