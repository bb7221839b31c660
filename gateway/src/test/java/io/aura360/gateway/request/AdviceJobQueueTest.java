package io.aura360.gateway.request;

import static io.aura360.gateway.agents.AgentAnswers.emptyAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.contracts.ErrorType;
import io.aura360.gateway.agents.AgentCallRetry;
import io.aura360.gateway.database.FreshDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The durable job queue on real PostgreSQL: instances sharing the database never claim the same job, a live lease
 * keeps its job, a lapsed one (its process died) gives it to the next claimer, urgent jobs go first, a job run
 * twice answers its request once, and the reaper leaves requests with a job to the job. Failed and skipped runs
 * reach the audit trail.
 */
@SpringJUnitConfig(AdviceJobQueueTest.Slice.class)
class AdviceJobQueueTest {

    private static final FreshDatabase DATABASE = FreshDatabase.migrated();

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    AdviceJobs jobs;

    @Autowired
    RequestOutcomes outcomes;

    @Autowired
    StaleRequestReaper reaper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestRows rows;

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameJob() throws Exception {
        UUID user = user();
        Set<UUID> queued = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            queued.add(queuedJob(user, AdviceJobs.ROUTINE));
        }
        List<UUID> first;
        List<UUID> second;
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<List<UUID>> a = CompletableFuture.supplyAsync(() -> claimAll("a", start), instances);
            CompletableFuture<List<UUID>> b = CompletableFuture.supplyAsync(() -> claimAll("b", start), instances);
            first = a.get();
            second = b.get();
        }

        assertThat(first).doesNotContainAnyElementsOf(second);
        List<UUID> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsAll(queued);
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void aLiveLeaseKeepsItsJobAndALapsedOneGivesItToTheNextClaimer() {
        UUID user = user();
        UUID request = pendingRequest(user, "now()");
        jobs.startRunning(
                request, null, user, AdviceJobs.ROUTINE, "how do I sleep better", List.of("sleep"), "dead", LEASE);

        assertThat(claimed("survivor")).doesNotContain(request);

        // The first process died: nothing renews its lease any more, and it runs out.
        jdbc.sql("update advice_jobs set lease_until = now() - interval '1 second' where request_id = ?")
                .param(request)
                .update();
        List<AdviceJobs.Job> taken = jobs.claim("survivor", LEASE, 100);

        assertThat(taken).containsExactly(new AdviceJobs.Job(request, "how do I sleep better", List.of("sleep"), 2));
        assertThat(jobs.renew("dead", LEASE, List.of(request)))
                .as("the dead owner's lease is gone")
                .isZero();
        assertThat(jobs.renew("survivor", LEASE, List.of(request))).isOne();
    }

    @Test
    void urgentJobsAreClaimedBeforeOlderRoutineOnes() {
        UUID user = user();
        UUID routine = queuedJob(user, AdviceJobs.ROUTINE);
        UUID urgent = queuedJob(user, AdviceJobs.URGENT);

        assertThat(jobs.claim("one", LEASE, 1))
                .extracting(AdviceJobs.Job::requestId)
                .containsExactly(urgent);
        assertThat(jobs.claim("one", LEASE, 1))
                .extracting(AdviceJobs.Job::requestId)
                .containsExactly(routine);
    }

    @Test
    void aCompletionFindsItsRequestByItsPartitionKeyToo() {
        UUID user = user();
        UUID request = pendingRequest(user, "now() - interval '40 days'");

        assertThat(outcomes.complete(
                        request,
                        requestedAt(request).plusDays(40),
                        emptyAnswer(user),
                        "trace",
                        0,
                        null,
                        List.of(),
                        false))
                .as("another month's key names no request")
                .isFalse();
        assertThat(rows.count("select count(*) from holistic_responses where request_id = ?", request))
                .isZero();
        assertThat(outcomes.complete(
                        request, requestedAt(request), emptyAnswer(user), "trace", 0, null, List.of(), false))
                .isTrue();
    }

    @Test
    void aJobRunTwiceAnswersItsRequestOnce() {
        UUID user = user();
        UUID request = pendingRequest(user, "now()");
        jobs.startRunning(request, null, user, AdviceJobs.URGENT, null, List.of(), "first", LEASE);

        assertThat(outcomes.complete(
                        request, requestedAt(request), emptyAnswer(user), "trace", 0, null, List.of(), false))
                .isTrue();
        assertThat(outcomes.complete(
                        request, requestedAt(request), emptyAnswer(user), "trace", 0, null, List.of(), false))
                .as("the second run finds the request answered")
                .isFalse();

        assertThat(rows.count("select count(*) from holistic_responses where request_id = ?", request))
                .isOne();
        assertThat(rows.count("select count(*) from outbox_events where aggregate_id = ?", request))
                .isOne();
        assertThat(rows.count("select count(*) from advice_jobs where request_id = ?", request))
                .as("the job ends with its request")
                .isZero();
    }

    @Test
    void theReaperLeavesARequestWithAJobToItsJobAndAuditsTheOnesItFails() {
        UUID user = user();
        UUID withJob = pendingRequest(user, "now() - interval '1 hour'");
        jobs.startRunning(withJob, null, user, AdviceJobs.ROUTINE, null, List.of(), "dead", LEASE);
        UUID withoutJob = pendingRequest(user, "now() - interval '1 hour'");

        reaper.failStaleRequests();

        assertThat(rows.statusAndErrorType(withJob)).isEqualTo("PENDING");
        assertThat(rows.statusAndErrorType(withoutJob)).isEqualTo("FAILED INTERRUPTED");
        assertThat(rows.agentRuns(withoutJob)).containsExactly("agents-service SKIPPED INTERRUPTED 0");
    }

    @Test
    void everyFailedCallOfTheAgentsIsAnAuditedRun() {
        UUID user = user();
        UUID request = pendingRequest(user, "now()");
        jobs.startRunning(request, null, user, AdviceJobs.ROUTINE, null, List.of(), "me", LEASE);

        outcomes.fail(
                request,
                ErrorType.AGENTS_TIMEOUT,
                "the agents service did not answer in time",
                2,
                List.of(
                        new AgentCallRetry.FailedAttempt(ErrorType.AGENTS_UNAVAILABLE, "refused", 3),
                        new AgentCallRetry.FailedAttempt(ErrorType.AGENTS_ERROR, "502", 40),
                        new AgentCallRetry.FailedAttempt(ErrorType.AGENTS_TIMEOUT, "timeout", 900)));

        assertThat(rows.statusAndErrorType(request)).isEqualTo("FAILED AGENTS_TIMEOUT");
        assertThat(rows.agentRuns(request))
                .containsExactly(
                        "agents-service FAILED AGENTS_UNAVAILABLE 0",
                        "agents-service FAILED AGENTS_ERROR 1",
                        "agents-service TIMED_OUT AGENTS_TIMEOUT 2");
        assertThat(rows.count("select count(*) from advice_jobs where request_id = ?", request))
                .isZero();
    }

    @Test
    void aRequestThatEndsWithoutTheAgentsRunningHasASkippedRun() {
        UUID user = user();
        UUID request = pendingRequest(user, "now()");

        outcomes.fail(request, ErrorType.PROFILE_DATA_TIMEOUT, "the profile data did not arrive", 0);
        outcomes.fail(request, ErrorType.INTERRUPTED, "a second ending changes nothing", 0);

        assertThat(rows.agentRuns(request)).containsExactly("agents-service SKIPPED PROFILE_DATA_TIMEOUT 0");
    }

    private List<UUID> claimAll(String owner, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        List<UUID> mine = new ArrayList<>();
        List<AdviceJobs.Job> batch;
        do {
            batch = jobs.claim(owner, LEASE, 3);
            batch.forEach(job -> mine.add(job.requestId()));
        } while (!batch.isEmpty());
        return mine;
    }

    private List<UUID> claimed(String owner) {
        return jobs.claim(owner, LEASE, 100).stream()
                .map(AdviceJobs.Job::requestId)
                .toList();
    }

    private UUID user() {
        UUID user = UUID.randomUUID();
        jdbc.sql("insert into app_users (auth_user_id) values (?)").param(user).update();
        return user;
    }

    private UUID pendingRequest(UUID user, String requestedAt) {
        UUID request = UUID.randomUUID();
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, schema_version, requested_at)
				values (?, ?, 'mind', '1.0.0', %s)""".formatted(requestedAt)).params(request, user).update();
        return request;
    }

    private UUID queuedJob(UUID user, int priority) {
        UUID request = pendingRequest(user, "now()");
        jdbc.sql("insert into advice_jobs (request_id, user_id, priority) values (?, ?, ?)")
                .params(request, user, priority)
                .update();
        return request;
    }

    /**
     * The job queue besides the request lifecycle's persistence and the reaper, on this class's database. Not a
     * {@code @Configuration}: the application's component scan reaches this package and must not pick it up.
     */
    @Import(AdviceJobs.class)
    static class Slice extends RequestLifecycleSlice {

        @Bean
        DataSource dataSource() {
            return DATABASE.dataSource();
        }
    }

    private OffsetDateTime requestedAt(UUID request) {
        return jdbc.sql("select requested_at from holistic_requests where id = ?")
                .param(request)
                .query(OffsetDateTime.class)
                .single();
    }
}
