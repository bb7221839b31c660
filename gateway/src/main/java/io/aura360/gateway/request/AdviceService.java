package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.UserContext;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.gateway.database.GenericPlans;
import io.aura360.gateway.enrichment.EnrichmentJobs;
import io.aura360.gateway.enrichment.PremiumPipelines;
import io.aura360.gateway.enrichment.ProfileRequirements;
import io.aura360.gateway.enrichment.WaitingRequests;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ContextBuilder;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import io.aura360.gateway.quota.QuotaService;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.telemetry.AdviceTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advice request lifecycle: authorise, provision the profile, build the context, record the request
 * PENDING, then either hold it for missing profile data (premium pipelines) or run it within the synchronous
 * budget, handing it to the background with a provisional summary when the budget runs out.
 */
@Service
class AdviceService implements WaitingRequests {

    private static final Logger log = LoggerFactory.getLogger(AdviceService.class);

    private static final int RECENT_RESPONSES = 3;

    private final ProfileRepository profiles;

    private final OpenRequests requests;

    private final AdviceEnvelopes envelopes;

    private final AdviceCompletion completion;

    private final ContextBuilder contexts = new ContextBuilder();

    private final ProfileRequirements requirements = new ProfileRequirements();

    private final Clock clock;

    private final Duration syncBudget;

    /** How long the agents may take in all, the synchronous wait included, before the request fails. */
    private final Duration completionBudget;

    private final ExecutorService background;

    private final QuotaService quotas;

    private final ProvisionalSummaries provisionals;

    private final EnrichmentJobs enrichment;

    private final PremiumPipelines premium;

    private final AdviceTelemetry telemetry;

    private final TransactionTemplate transaction;

    private final AgentRunInputs runInputs;

    private final AdviceJobs jobs;

    private final AdviceJobLeases leases;

    private final AdviceJobProperties jobSettings;

    private final GenericPlans genericPlans;

    private final RunSlots slots;

    AdviceService(
            ProfileRepository profiles,
            OpenRequests requests,
            AdviceEnvelopes envelopes,
            AdviceCompletion completion,
            Clock clock,
            GatewayProperties properties,
            QuotaService quotas,
            ExecutorService adviceExecutor,
            ProvisionalSummaries provisionals,
            EnrichmentJobs enrichment,
            PremiumPipelines premium,
            AdviceTelemetry telemetry,
            TransactionTemplate transaction,
            AgentRunInputs runInputs,
            AdviceJobs jobs,
            AdviceJobLeases leases,
            AdviceJobProperties jobSettings,
            GenericPlans genericPlans) {
        this.genericPlans = genericPlans;
        this.jobs = jobs;
        this.leases = leases;
        this.jobSettings = jobSettings;
        this.telemetry = telemetry;
        this.transaction = transaction;
        this.runInputs = runInputs;
        this.profiles = profiles;
        this.requests = requests;
        this.envelopes = envelopes;
        this.completion = completion;
        this.clock = clock;
        this.syncBudget = properties.syncBudget();
        this.completionBudget = properties.completionBudget();
        this.quotas = quotas;
        this.background = adviceExecutor;
        this.provisionals = provisionals;
        this.enrichment = enrichment;
        this.premium = premium;
        this.slots = new RunSlots(properties.concurrentRuns());
        telemetry.waitingRuns(slots::waiting);
    }

    /**
     * Answers within {@code wait} (the 12 s budget, or less when the client prefers): the work runs on its own
     * virtual thread and, when it is not done in time, goes on and completes the request while the client gets
     * {@code PROCESSING} (with a provisional summary when evidence is kept) and follows it by polling, SSE,
     * webhook or push.
     */
    AdviceOutcome advise(Caller caller, AdviceCommand command, UUID requestId, String traceId, Duration wait) {
        return telemetry.timeAdvice(
                command.category(),
                command.userId(),
                () -> adviseNow(caller, command, requestId, traceId, wait),
                outcome -> new AdviceTelemetry.Outcome(
                        outcome.envelope().status(),
                        outcome.envelope().degraded(),
                        outcome.envelope().requestId()));
    }

    private AdviceOutcome adviseNow(
            Caller caller, AdviceCommand command, UUID requestId, String traceId, Duration wait) {
        if (!caller.userId().equals(command.userId()) && !caller.admin()) {
            throw new ApiProblemException(ProblemType.FORBIDDEN, "You may only ask for advice for yourself.");
        }
        UUID userId = command.userId();
        String requestedLocale = (command.locale() != null) ? command.locale() : "en";
        if (caller.userId().equals(userId)) {
            profiles.provision(userId, caller.tier(), requestedLocale);
        }
        // One transaction for everything before the agents run: the profile and run inputs are read on the
        // connection that then writes the request, and the quota unit, the PENDING row, its enrichment job and
        // (unless held) its durable job commit together: a unit is never spent on a request that does not exist
        // (a crash in between), and every request that runs has a job another process takes over should this one
        // die before it ends.
        Admitted admitted = transaction.execute(status -> admit(command, requestId, traceId));
        if (admitted.run() == null) {
            return processing(
                    requestId,
                    traceId,
                    ErrorType.AWAITING_PROFILE_DATA,
                    provisionals
                            .offer(requestId, userId, command.category(), admitted.locale())
                            .orElse(null),
                    admitted.missing());
        }
        AgentRunRequest run = admitted.run();
        List<String> missing = admitted.missing();
        String locale = admitted.locale();
        AsyncHandoff handoff = AsyncHandoff.awaited();
        Future<AdviceEnvelope> work = runLeased(
                requestId, false, () -> completion.complete(run, admitted.requestedAt(), traceId, missing, handoff));
        try {
            return new AdviceOutcome.Completed(
                    work.get(Math.min(wait.toMillis(), syncBudget.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException ex) {
            if (!handoff.clientLeaves()) {
                return new AdviceOutcome.Completed(join(work));
            }
            requests.markProcessing(requestId);
            return processing(
                    requestId,
                    traceId,
                    null,
                    provisionals
                            .offer(requestId, userId, command.category(), locale)
                            .orElse(null),
                    null);
        } catch (ExecutionException ex) {
            throw unwrap(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for advice", ex);
        }
    }

    /**
     * Records the request (within the caller's transaction) and, unless a premium pipeline holds it for missing
     * profile data, prepares its run; a held request has no run.
     */
    private Admitted admit(AdviceCommand command, UUID requestId, String traceId) {
        UUID userId = command.userId();
        UserProfile profile = profiles.find(userId)
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such user."));
        String locale = (command.locale() != null) ? command.locale() : profile.locale();
        List<String> missing = requirements.missing(command.category(), profile);
        boolean held = !missing.isEmpty()
                && premium.waitsForProfileData(command.category(), profile.tier(), locale, profile.medicalFlags());
        genericPlans.forThisTransaction();
        quotas.admit(userId, profile.tier());
        OffsetDateTime requestedAt =
                requests.insertPending(requestId, userId, command.category(), command.storedMetadata(), traceId);
        if (!held) {
            startJob(requestId, requestedAt, userId, profile.tier(), command.message(), missing);
        }
        if (!missing.isEmpty()) {
            enrichment.open(userId, requestId, command.category(), missing, held, command.message());
        }
        if (held) {
            requests.holdForProfileData(requestId);
            return new Admitted(null, requestedAt, missing, locale);
        }
        return new Admitted(
                runRequest(requestId, command.category(), locale, profile, command.message(), command.sessionId()),
                requestedAt,
                missing,
                locale);
    }

    /**
     * An admitted request: its run ({@code null} while held for profile data), its partition key, missing profile
     * data, locale.
     */
    private record Admitted(AgentRunRequest run, OffsetDateTime requestedAt, List<String> missing, String locale) {}

    AdviceEnvelope find(Caller caller, UUID requestId) {
        return envelopes
                .findForOwner(requestId, caller.userId())
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such request."));
    }

    /**
     * The profile data arrived: run the held request in the background with the profile as it is now, as a
     * durable job from the moment its hold ends.
     */
    @Override
    public void resume(UUID requestId, String heldMessage) {
        OpenRequests.OpenRequest held = requests.findHeld(requestId).orElse(null);
        UserProfile profile =
                (held == null) ? null : profiles.find(held.userId()).orElse(null);
        if (profile == null) {
            return;
        }
        boolean released = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!requests.releaseHeld(requestId)) {
                return false;
            }
            startJob(requestId, held.requestedAt(), held.userId(), profile.tier(), heldMessage, List.of());
            return true;
        }));
        if (!released) {
            return;
        }
        AgentRunRequest run = runRequest(
                requestId, held.category(), held.locale(profile.locale()), profile, heldMessage, held.sessionId());
        runDetached(requestId, held.requestedAt(), false, run, held.traceId(), List.of());
    }

    /**
     * Runs a job claimed from the queue (its process died, or it was queued): again from the start, with a fresh
     * budget and the profile as it is now. A job past its attempts fails its request with the cause; a job whose
     * request ended meanwhile (or whose user was erased) is dropped.
     */
    void runClaimed(AdviceJobs.Job job) {
        UUID requestId = job.requestId();
        OpenRequests.OpenRequest open = requests.findRunnable(requestId).orElse(null);
        UserProfile profile =
                (open == null) ? null : profiles.find(open.userId()).orElse(null);
        if (profile == null) {
            jobs.drop(requestId);
            return;
        }
        if (job.attempts() > jobSettings.maxAttempts()) {
            completion.abandon(open.userId(), requestId, open.traceId(), job.attempts() - 1);
            return;
        }
        AgentRunRequest run = runRequest(
                requestId, open.category(), open.locale(profile.locale()), profile, job.message(), open.sessionId());
        runDetached(requestId, open.requestedAt(), true, run, open.traceId(), job.missing());
    }

    private void startJob(
            UUID requestId,
            OffsetDateTime requestedAt,
            UUID userId,
            String tier,
            String message,
            List<String> missing) {
        int priority = ("premium".equals(tier) || message != null) ? AdviceJobs.URGENT : AdviceJobs.ROUTINE;
        jobs.startRunning(
                requestId, requestedAt, userId, priority, message, missing, leases.owner(), jobSettings.lease());
    }

    /** Runs a job nobody waits for; its outcome reaches the client by webhook, push, poll or SSE. */
    private void runDetached(
            UUID requestId,
            OffsetDateTime requestedAt,
            boolean claimed,
            AgentRunRequest run,
            String traceId,
            List<String> missing) {
        runLeased(requestId, claimed, () -> {
            try {
                return completion.complete(run, requestedAt, traceId, missing, AsyncHandoff.detached());
            } catch (ApiProblemException ex) {
                log.warn("advice job {} ended without an answer: {}", requestId, ex.getMessage());
                return null;
            }
        });
    }

    /**
     * Runs a job on the background executor once one of the run slots is free, renewing its lease for as long as it
     * waits or runs here.
     */
    private Future<AdviceEnvelope> runLeased(UUID requestId, boolean claimed, Callable<AdviceEnvelope> work) {
        leases.started(requestId, claimed);
        try {
            return background.submit(() -> {
                try {
                    return slots.run(work);
                } finally {
                    leases.ended(requestId);
                }
            });
        } catch (RejectedExecutionException ex) {
            leases.ended(requestId); // shutting down: the lease lapses and another instance takes the job
            throw ex;
        }
    }

    @Override
    public void expire(UUID requestId) {
        requests.findHeld(requestId).ifPresent(held -> completion.failHeld(held.userId(), requestId, held.traceId()));
    }

    /** The run with everything the agents need from the gateway, so they never have to call back. */
    private AgentRunRequest runRequest(
            UUID requestId, Category category, String locale, UserProfile profile, String message, String sessionId) {
        AgentRunInputs.Resolved inputs = runInputs.resolve(category, locale);
        return new AgentRunRequest(
                requestId,
                profile.userId(),
                category,
                locale,
                profile.tier(),
                message,
                sessionId,
                context(profile),
                clock.instant().plus(completionBudget),
                inputs.profiles(),
                inputs.fallbackEvidence());
    }

    private UserContext context(UserProfile profile) {
        return contexts.build(
                profile, profiles.recentResponses(profile.userId(), RECENT_RESPONSES), LocalDate.now(clock));
    }

    private static AdviceOutcome processing(
            UUID requestId,
            String traceId,
            ErrorType errorType,
            ProvisionalSummary provisional,
            List<String> awaiting) {
        return new AdviceOutcome.Processing(new AdviceEnvelope(
                requestId, traceId, RequestStatus.PROCESSING, false, errorType, false, null, provisional, awaiting));
    }

    /** The work finished just as the wait ran out: its answer is ready, so return it. */
    private static AdviceEnvelope join(Future<AdviceEnvelope> work) {
        try {
            return work.get();
        } catch (ExecutionException ex) {
            throw unwrap(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for advice", ex);
        }
    }

    private static RuntimeException unwrap(ExecutionException ex) {
        return (ex.getCause() instanceof RuntimeException failure) ? failure : new IllegalStateException(ex.getCause());
    }
}
