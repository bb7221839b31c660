package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.AdvicePayload.FollowUp;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.agents.AgentCallRetry;
import io.aura360.gateway.enrichment.ProfileRequirements;
import io.aura360.gateway.fallback.FallbackEvidence;
import io.aura360.gateway.fallback.FallbackRefreshes;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.push.PushNotifications;
import io.aura360.gateway.telemetry.AdviceTelemetry;
import io.aura360.gateway.webhook.WebhookNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one request's agents (with retries), persists the outcome and announces it: by webhook always, and by push
 * when the client had stopped waiting. Missing profile data becomes follow-ups asking for it.
 */
@Component
class AdviceCompletion {

    private static final Logger log = LoggerFactory.getLogger(AdviceCompletion.class);

    private static final Duration RETRY_INITIAL_WAIT = Duration.ofMillis(200);

    /** How long a chunk written to the fallback evidence is not written again (see {@link FallbackRefreshes}). */
    static final Duration FALLBACK_REFRESH_INTERVAL = Duration.ofSeconds(5);

    private final RequestOutcomes outcomes;

    private final AgentCallRetry agentCalls;

    private final FallbackEvidence fallback;

    private final FallbackRefreshes fallbackRefreshes;

    private final WebhookNotifier webhooks;

    private final PushNotifications push;

    private final AdviceTelemetry telemetry;

    AdviceCompletion(
            RequestOutcomes outcomes,
            AdviceAgents agents,
            Clock clock,
            FallbackEvidence fallback,
            WebhookNotifier webhooks,
            PushNotifications push,
            AdviceTelemetry telemetry) {
        this.telemetry = telemetry;
        this.outcomes = outcomes;
        this.agentCalls = new AgentCallRetry(agents, clock, RETRY_INITIAL_WAIT);
        this.fallback = fallback;
        this.fallbackRefreshes = new FallbackRefreshes(clock, FALLBACK_REFRESH_INTERVAL);
        this.webhooks = webhooks;
        this.push = push;
    }

    /** Runs the agents for {@code run}, the request made at {@code requestedAt} (its partition key), and ends it. */
    AdviceEnvelope complete(
            AgentRunRequest run,
            OffsetDateTime requestedAt,
            String traceId,
            List<String> missingProfileData,
            AsyncHandoff handoff) {
        AgentCallRetry.Attempted attempted = runAgents(run, traceId, handoff);
        AgentRunResult result = askingFor(missingProfileData, attempted.result());
        telemetry.retried(attempted.retries());
        if (result.degraded()) {
            telemetry.degraded(run.category());
        }
        // Settled before the commit, so the response row can record its own delivery: a client still waiting
        // now gets this answer (or the error, should the commit fail) in its response; one that left is told by push.
        // A client settled here waits for the commit too, as it waited for the admission's: each statement for at
        // most aura.database.advice-statement-timeout; a completion the database fails is finished by the request's
        // job, and the client is answered PROCESSING (AdviceService).
        boolean clientWaits = !handoff.finishWithoutClient();
        if (!outcomes.complete(
                run.requestId(),
                requestedAt,
                result,
                traceId,
                attempted.retries(),
                run.message(),
                attempted.failures(),
                clientWaits)) {
            // Too late: the request ended meanwhile (the reaper failed it and gave its unit back), and that outcome
            // is the one the client was told; this answer must not turn it into a free COMPLETED.
            log.warn("advice request {} had already ended; its late answer is discarded", run.requestId());
            throw new ApiProblemException(
                    ProblemType.ADVICE_UNAVAILABLE,
                    "No advice could be produced right now; please try again later.",
                    Map.of("request_id", run.requestId().toString()));
        }
        if (!result.degraded() && !result.humanReviewRequired()) {
            rememberEvidence(run.category().wireName(), result);
        }
        ErrorType errorType = RequestOutcomes.degradedError(result);
        announce(
                run.userId(),
                run.requestId(),
                RequestStatus.COMPLETED,
                result.degraded(),
                errorType,
                traceId,
                clientWaits);
        return new AdviceEnvelope(
                run.requestId(),
                traceId,
                RequestStatus.COMPLETED,
                result.degraded(),
                errorType,
                result.humanReviewRequired(),
                result.payload());
    }

    private void rememberEvidence(String category, AgentRunResult result) {
        String locale = result.payload().user().locale();
        List<EvidenceHit> evidence = evidenceOf(result);
        if (fallbackRefreshes.claim(
                category, locale, evidence.stream().map(EvidenceHit::sourceId).toList())) {
            fallback.remember(category, locale, evidence);
        }
    }

    /** Fails a request that was held for profile data that never came. */
    void failHeld(UUID userId, UUID requestId, String traceId) {
        outcomes.fail(
                requestId,
                ErrorType.PROFILE_DATA_TIMEOUT,
                "the profile data this pipeline needs did not arrive in time",
                0);
        announce(userId, requestId, RequestStatus.FAILED, false, ErrorType.PROFILE_DATA_TIMEOUT, traceId, false);
    }

    /**
     * Fails a request whose job was started {@code attempts} times and never finished: each time, the process
     * running it died. Running it again would likely kill another, so it ends here, its quota unit refunded.
     */
    void abandon(UUID userId, UUID requestId, String traceId, int attempts) {
        log.warn("advice request {} abandoned: its job was interrupted {} times", requestId, attempts);
        outcomes.fail(
                requestId,
                ErrorType.INTERRUPTED,
                "the service stopped " + attempts + " times while working on the request",
                attempts);
        announce(userId, requestId, RequestStatus.FAILED, false, ErrorType.INTERRUPTED, traceId, false);
    }

    private AgentCallRetry.Attempted runAgents(AgentRunRequest request, String traceId, AsyncHandoff handoff) {
        try {
            return agentCalls.run(request);
        } catch (AgentCallRetry.RetriesExhausted exhausted) {
            AgentRunException ex = exhausted.failure();
            telemetry.retried(exhausted.retries());
            log.warn(
                    "advice request {} failed after {} retries: {} ({})",
                    request.requestId(),
                    exhausted.retries(),
                    ex.errorType(),
                    ex.getMessage());
            outcomes.fail(
                    request.requestId(), ex.errorType(), ex.getMessage(), exhausted.retries(), exhausted.failures());
            announce(
                    request.userId(),
                    request.requestId(),
                    RequestStatus.FAILED,
                    false,
                    ex.errorType(),
                    traceId,
                    !handoff.finishWithoutClient());
            throw new ApiProblemException(
                    ProblemType.ADVICE_UNAVAILABLE,
                    "No advice could be produced right now; please try again later.",
                    Map.of(
                            "request_id",
                            request.requestId().toString(),
                            "error_type",
                            ex.errorType().name()));
        }
    }

    /** Tells the user's webhook, and by push a client that is no longer waiting for the response. */
    private void announce(
            UUID userId,
            UUID requestId,
            RequestStatus status,
            boolean degraded,
            ErrorType errorType,
            String traceId,
            boolean clientWaits) {
        webhooks.requestFinished(userId, requestId, status, degraded, errorType, traceId);
        if (!clientWaits) {
            push.requestFinished(userId, requestId, status, degraded, errorType);
        }
    }

    /** The answer with a follow-up asking for each missing profile field, unless it already asks for it. */
    private static AgentRunResult askingFor(List<String> missing, AgentRunResult result) {
        if (missing.isEmpty()) {
            return result;
        }
        AdvicePayload payload = result.payload();
        List<FollowUp> followUps = new ArrayList<>(payload.followUp());
        for (FollowUp ask : ProfileRequirements.followUps(missing)) {
            if (followUps.stream().noneMatch(f -> f.action().equals(ask.action()))) {
                followUps.add(ask);
            }
        }
        AdvicePayload asking = new AdvicePayload(
                payload.version(),
                payload.user(),
                payload.category(),
                payload.summary(),
                payload.recommendations(),
                followUps,
                payload.sources(),
                payload.agentDiagnostics());
        return new AgentRunResult(asking, result.agentRuns(), result.humanReviewRequired(), result.degraded());
    }

    /**
     * A good answer's evidence, as its agents' searches returned it (one hit per chunk, the best score), becomes
     * the freshest fallback evidence of its category and language.
     */
    private static List<EvidenceHit> evidenceOf(AgentRunResult result) {
        Map<String, EvidenceHit> best = new LinkedHashMap<>();
        result.agentRuns().stream()
                .flatMap(run -> run.vectorQueries().stream())
                .flatMap(query -> query.results().stream())
                .forEach(hit -> best.merge(hit.sourceId(), hit, (a, b) -> a.score() >= b.score() ? a : b));
        return List.copyOf(best.values());
    }
}
