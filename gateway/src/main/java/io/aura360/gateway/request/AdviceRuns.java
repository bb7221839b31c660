package io.aura360.gateway.request;

import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.telemetry.AdviceTelemetry;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where advice runs work: on the advice executor, once one of the run slots is free, under a lease renewed for as
 * long as the run waits or works here (so another instance takes the job over only if this one dies).
 */
@Component
class AdviceRuns {

    private static final Logger log = LoggerFactory.getLogger(AdviceRuns.class);

    private final ExecutorService background;

    private final AdviceJobLeases leases;

    private final AdviceCompletion completion;

    private final RunSlots slots;

    AdviceRuns(
            ExecutorService adviceExecutor,
            AdviceJobLeases leases,
            AdviceCompletion completion,
            GatewayProperties properties,
            AdviceTelemetry telemetry) {
        this.background = adviceExecutor;
        this.leases = leases;
        this.completion = completion;
        this.slots = new RunSlots(properties.concurrentRuns());
        telemetry.waitingRuns(slots::waiting);
    }

    /** Starts the run of a request whose client waits for the answer (or for the moment it leaves, {@code handoff}). */
    Future<AdviceEnvelope> awaited(
            AgentRunRequest run,
            OffsetDateTime requestedAt,
            String traceId,
            List<String> missing,
            AsyncHandoff handoff) {
        return leased(run.requestId(), false, () -> completion.complete(run, requestedAt, traceId, missing, handoff));
    }

    /**
     * Starts a run nobody waits for ({@code claimed}: taken from the job queue); its outcome reaches the client by
     * webhook, push, poll or SSE.
     */
    void detached(
            AgentRunRequest run, OffsetDateTime requestedAt, boolean claimed, String traceId, List<String> missing) {
        leased(run.requestId(), claimed, () -> {
            try {
                return completion.complete(run, requestedAt, traceId, missing, AsyncHandoff.detached());
            } catch (ApiProblemException ex) {
                log.warn("advice job {} ended without an answer: {}", run.requestId(), ex.getMessage());
                return null;
            }
        });
    }

    private Future<AdviceEnvelope> leased(UUID requestId, boolean claimed, Callable<AdviceEnvelope> work) {
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
}
