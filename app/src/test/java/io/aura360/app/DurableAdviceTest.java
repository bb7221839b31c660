package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aura360.contracts.advice.AdvicePayload;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Durable advice jobs in the running product: a job its process left behind (its lease lapsed) is claimed by this
 * instance and its request completes, answered once; one whose runs kept dying fails with the cause; and every call
 * of the agents that failed or timed out is in the audit trail. The kill -9 of a real process: CrashRecoveryIT.
 */
class DurableAdviceTest extends FullStackTest {

    @Autowired
    AgentGate agents;

    private final UUID user = UUID.randomUUID();

    @AfterEach
    void reconnect() {
        agents.reconnect();
    }

    @Test
    void completesTheRequestOfAJobWhoseProcessDied() {
        assertThat(advice(user, token(user), "mind", "{}").status()).isEqualTo(200);
        UUID orphan = requestLeftBy("dead-host/1", 1, "I feel stressed at work");

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> rows().status(orphan).equals("COMPLETED"));

        assertThat(rows().count("select count(*) from holistic_responses where request_id = ?", orphan))
                .isOne();
        assertThat(rows().count("select count(*) from outbox_events where aggregate_id = ?", orphan))
                .isOne();
        assertThat(rows().count("select count(*) from advice_jobs where request_id = ?", orphan))
                .isZero();
        assertThat(get("/api/v1/holistic/requests/" + orphan, token(user))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void failsWithItsCauseAJobWhoseRunsKeptDying() {
        assertThat(advice(user, token(user), "mind", "{}").status()).isEqualTo(200);
        UUID poison = requestLeftBy("dead-host/3", 3, null);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> rows().status(poison).equals("FAILED"));

        assertThat(jdbc.sql("select error_type || ': ' || error_detail from holistic_requests where id = ?")
                        .param(poison)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERRUPTED: the service stopped 3 times while working on the request");
        assertThat(rows().agentRuns(poison)).containsExactly("agents-service SKIPPED INTERRUPTED 0");
        assertThat(rows().count("select count(*) from advice_jobs where request_id = ?", poison))
                .isZero();
    }

    @Test
    void auditsEachFailedCallOfTheAgents() {
        agents.cutOff();
        Response failed = advice(user, token(user), "mind", "{}");

        assertThat(failed.status()).isEqualTo(503);
        UUID request = UUID.fromString(failed.json().path("request_id").asString());
        assertThat(rows().agentRuns(request))
                .containsExactly(
                        "agents-service FAILED AGENTS_UNAVAILABLE 0",
                        "agents-service FAILED AGENTS_UNAVAILABLE 1",
                        "agents-service FAILED AGENTS_UNAVAILABLE 2");
    }

    @Test
    void auditsTimedOutCallsOfTheAgents() {
        agents.timeOut();
        Response failed = advice(user, token(user), "mind", "{}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("error_type").asString()).isEqualTo("AGENTS_TIMEOUT");
        UUID request = UUID.fromString(failed.json().path("request_id").asString());
        assertThat(rows().agentRuns(request))
                .containsExactly(
                        "agents-service TIMED_OUT AGENTS_TIMEOUT 0",
                        "agents-service TIMED_OUT AGENTS_TIMEOUT 1",
                        "agents-service TIMED_OUT AGENTS_TIMEOUT 2");
        assertThat(rows().count("select count(*) from advice_jobs where request_id = ?", request))
                .isZero();
    }

    @Test
    void auditsAnAnsweredRunWithoutAnErrorType() {
        assertThat(advice(user, token(user), "mind", "{}").status()).isEqualTo(200);
        UUID request = jdbc.sql("select id from holistic_requests where user_id = ? order by requested_at desc limit 1")
                .param(user)
                .query(UUID.class)
                .single();

        assertThat(rows().agentRuns(request)).isNotEmpty().allMatch(run -> run.contains(" COMPLETED - "));
    }

    /**
     * A request some process accepted and started {@code attempts} times, then died (its lease has run out), as
     * {@code AdviceService} records it: the request PENDING, its job RUNNING under the dead owner.
     */
    private UUID requestLeftBy(String deadOwner, int attempts, String message) {
        UUID request = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, request_metadata, schema_version, trace_id)
				values (?, ?, 'mind', 'PENDING', '{"locale": "en", "debug": false, "has_message": true}', ?, ?)""")
                .params(request, user, AdvicePayload.CURRENT_VERSION, "trace-" + request)
                .update();
        jdbc.sql("""
				insert into advice_jobs (request_id, user_id, priority, status, message, attempts, owner, lease_until)
				values (?, ?, 0, 'RUNNING', ?, ?, ?, now() - interval '1 second')""").params(request, user, message, attempts, deadOwner).update();
        return request;
    }
}
