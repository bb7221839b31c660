package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.gateway.enrichment.WaitingRequests;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.DatabaseFailure;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.telemetry.AdviceTelemetry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/**
 * The advice request lifecycle: authorise, provision the profile, admit the request ({@link AdviceAdmission}), then
 * either hold it for missing profile data (premium pipelines) or run it ({@link AdviceRuns}) within the synchronous
 * budget, handing it to the background with a provisional summary when the budget runs out. Held requests resume
 * here when their data arrives, and jobs claimed from the queue run here again.
 */
@Service
class AdviceService implements WaitingRequests {

    private final ProfileRepository profiles;

    private final OpenRequests requests;

    private final AdviceEnvelopes envelopes;

    private final AdviceAdmission admission;

    private final AgentRunRequests runRequests;

    private final AdviceRuns runs;

    private final AdviceCompletion completion;

    private final ProvisionalSummaries provisionals;

    private final AdviceJobs jobs;

    private final AdviceJobProperties jobSettings;

    private final AdviceTelemetry telemetry;

    private final Duration syncBudget;

    AdviceService(
            ProfileRepository profiles,
            OpenRequests requests,
            AdviceEnvelopes envelopes,
            AdviceAdmission admission,
            AgentRunRequests runRequests,
            AdviceRuns runs,
            AdviceCompletion completion,
            ProvisionalSummaries provisionals,
            AdviceJobs jobs,
            AdviceJobProperties jobSettings,
            AdviceTelemetry telemetry,
            GatewayProperties properties) {
        this.profiles = profiles;
        this.requests = requests;
        this.envelopes = envelopes;
        this.admission = admission;
        this.runRequests = runRequests;
        this.runs = runs;
        this.completion = completion;
        this.provisionals = provisionals;
        this.jobs = jobs;
        this.jobSettings = jobSettings;
        this.telemetry = telemetry;
        this.syncBudget = properties.syncBudget();
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
        if (caller.userId().equals(userId)) {
            profiles.provision(userId, caller.tier(), (command.locale() != null) ? command.locale() : "en");
        }
        AdviceAdmission.Admitted admitted = admission.admit(command, requestId, traceId);
        if (admitted.run() == null) {
            return processing(
                    requestId, traceId, command, admitted, ErrorType.AWAITING_PROFILE_DATA, admitted.missing());
        }
        AsyncHandoff handoff = AsyncHandoff.awaited();
        Future<AdviceEnvelope> work =
                runs.awaited(admitted.run(), admitted.requestedAt(), traceId, admitted.missing(), handoff);
        try {
            return new AdviceOutcome.Completed(
                    work.get(Math.min(wait.toMillis(), syncBudget.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException ex) {
            if (!handoff.clientLeaves()) {
                return new AdviceOutcome.Completed(join(work));
            }
            return goesOnWithoutTheClient(requestId, traceId, command, admitted);
        } catch (ExecutionException ex) {
            if (DatabaseFailure.in(ex.getCause())
                    .filter(DatabaseFailure::isTransient)
                    .isPresent()) {
                // The answer could not be stored (a statement past its timeout, a lost connection), and its
                // transaction rolled back whole; the request and its durable job were stored at admission, so the
                // job runs it again once this run's lease lapses. The client follows it like any late answer,
                // instead of being told to ask again for something that will be answered anyway.
                return goesOnWithoutTheClient(requestId, traceId, command, admitted);
            }
            throw unwrap(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for advice", ex);
        }
    }

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
        if (profile == null || !admission.release(requestId, held, profile, heldMessage)) {
            return;
        }
        AgentRunRequest run = runRequests.build(
                requestId, held.category(), held.locale(profile.locale()), profile, heldMessage, held.sessionId());
        runs.detached(run, held.requestedAt(), false, held.traceId(), List.of());
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
        AgentRunRequest run = runRequests.build(
                requestId, open.category(), open.locale(profile.locale()), profile, job.message(), open.sessionId());
        runs.detached(run, open.requestedAt(), true, open.traceId(), job.missing());
    }

    @Override
    public void expire(UUID requestId) {
        requests.findHeld(requestId).ifPresent(held -> completion.failHeld(held.userId(), requestId, held.traceId()));
    }

    /** The request stays open and is finished in the background: {@code PROCESSING} from now on. */
    private AdviceOutcome goesOnWithoutTheClient(
            UUID requestId, String traceId, AdviceCommand command, AdviceAdmission.Admitted admitted) {
        requests.markProcessing(requestId);
        return processing(requestId, traceId, command, admitted, null, null);
    }

    /** {@code PROCESSING}, with a provisional summary when evidence is kept and what profile data it awaits. */
    private AdviceOutcome processing(
            UUID requestId,
            String traceId,
            AdviceCommand command,
            AdviceAdmission.Admitted admitted,
            ErrorType errorType,
            List<String> awaiting) {
        ProvisionalSummary provisional = provisionals
                .offer(requestId, command.userId(), command.category(), admitted.locale())
                .orElse(null);
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
