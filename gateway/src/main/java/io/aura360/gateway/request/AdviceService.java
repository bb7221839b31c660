package io.aura360.gateway.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.FallbackEvidence;
import io.aura360.gateway.agents.AgentCallRetry;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.UserContext;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ContextBuilder;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import io.aura360.gateway.quota.QuotaService;
import io.aura360.gateway.webhook.WebhookNotifier;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.telemetry.AdviceTelemetry;

/**
 * The advice request lifecycle: authorise, provision the profile, build the context, record the request
 * PENDING, ask the agents, persist what they did and complete (or fail) the request.
 */
@Service
class AdviceService {

	private static final Logger log = LoggerFactory.getLogger(AdviceService.class);

	private static final int RECENT_RESPONSES = 3;

	private static final Duration RETRY_INITIAL_WAIT = Duration.ofMillis(200);

	private final ProfileRepository profiles;

	private final RequestRepository requests;

	private final AgentCallRetry agentCalls;

	private final ContextBuilder contexts = new ContextBuilder();

	private final Clock clock;

	private final Duration syncBudget;

	/** How long the agents may take in all, the synchronous wait included, before the request fails. */
	private final Duration completionBudget;

	private final ExecutorService background;

	private final QuotaService quotas;

	private final FallbackEvidence fallback;

	private final WebhookNotifier webhooks;

	private final AdviceTelemetry telemetry;

	AdviceService(ProfileRepository profiles, RequestRepository requests, AdviceAgents agents, Clock clock,
			GatewayProperties properties, QuotaService quotas, ExecutorService adviceExecutor, FallbackEvidence fallback,
			WebhookNotifier webhooks, AdviceTelemetry telemetry) {
		this.telemetry = telemetry;
		this.fallback = fallback;
		this.webhooks = webhooks;
		this.background = adviceExecutor;
		this.completionBudget = properties.completionBudget();
		this.quotas = quotas;
		this.profiles = profiles;
		this.requests = requests;
		this.agentCalls = new AgentCallRetry(agents, clock, RETRY_INITIAL_WAIT);
		this.clock = clock;
		this.syncBudget = properties.syncBudget();
	}

	/**
	 * Answers within {@code wait} (the 12 s budget, or less when the client prefers): the work runs on its own
	 * virtual thread and, when it is not done in time, goes on and completes the request while the client gets
	 * {@code PROCESSING} and follows it by polling or SSE.
	 */
	AdviceEnvelope advise(Caller caller, AdviceCommand command, String traceId, Duration wait) {
		return telemetry.timeAdvice(command.category(), command.userId(), () -> adviseNow(caller, command, traceId, wait),
				envelope -> new AdviceTelemetry.Outcome(envelope.status().name(), envelope.degraded(), envelope.requestId()));
	}

	private AdviceEnvelope adviseNow(Caller caller, AdviceCommand command, String traceId, Duration wait) {
		if (!caller.userId().equals(command.userId()) && !caller.admin()) {
			throw new ApiProblemException(ProblemType.FORBIDDEN, "You may only ask for advice for yourself.");
		}
		UUID userId = command.userId();
		String requestedLocale = (command.locale() != null) ? command.locale() : "en";
		if (caller.userId().equals(userId)) {
			profiles.provision(userId, caller.tier(), requestedLocale);
		}
		UserProfile profile = profiles.find(userId)
			.orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such user."));
		quotas.admit(userId, profile.tier());
		UserContext context = contexts.build(profile, profiles.recentResponses(userId, RECENT_RESPONSES),
				LocalDate.now(clock));
		String locale = (command.locale() != null) ? command.locale() : profile.locale();
		UUID requestId = UUID.randomUUID();
		requests.insertPending(requestId, userId, command.category(), command.storedMetadata(), traceId);
		AgentRunRequest run = new AgentRunRequest(requestId, userId, command.category(), locale, profile.tier(),
				command.message(), command.sessionId(), context, clock.instant().plus(completionBudget));
		Future<AdviceEnvelope> work = background.submit(() -> complete(run, traceId));
		try {
			return work.get(Math.min(wait.toMillis(), syncBudget.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			requests.markProcessing(requestId);
			return new AdviceEnvelope(requestId, traceId, RequestStatus.PROCESSING, false, null, false, null);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException failure) ? failure : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for advice", ex);
		}
	}

	private AdviceEnvelope complete(AgentRunRequest run, String traceId) {
		AgentCallRetry.Attempted attempted = runAgents(run);
		AgentRunResult result = attempted.result();
		telemetry.retried(attempted.retries());
		if (result.degraded()) {
			telemetry.degraded(run.category());
		}
		requests.complete(run.requestId(), result, traceId, attempted.retries());
		if (!result.degraded() && !result.humanReviewRequired()) {
			fallback.remember(run.category().wireName(), result.payload().user().locale(), evidenceOf(result));
		}
		webhooks.requestFinished(run.userId(), run.requestId(), RequestStatus.COMPLETED.name(), result.degraded(),
				result.degraded() ? RequestRepository.DEGRADED_ERROR : null, traceId);
		return new AdviceEnvelope(run.requestId(), traceId, RequestStatus.COMPLETED, result.degraded(),
				result.degraded() ? RequestRepository.DEGRADED_ERROR : null, result.humanReviewRequired(), result.payload());
	}

	/** A good answer's sources become the freshest fallback evidence of its category and language. */
	private static List<EvidenceHit> evidenceOf(AgentRunResult result) {
		return result.payload().sources().stream()
			.map(s -> new EvidenceHit(s.sourceId(), s.sourceId().split("#")[0], s.url(), s.chunk(), s.score()))
			.toList();
	}

	AdviceEnvelope find(Caller caller, UUID requestId) {
		return requests.findForOwner(requestId, caller.userId())
			.orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such request."));
	}

	private AgentCallRetry.Attempted runAgents(AgentRunRequest request) {
		try {
			return agentCalls.run(request);
		}
		catch (AgentCallRetry.RetriesExhausted exhausted) {
			AgentRunException ex = exhausted.failure();
			telemetry.retried(exhausted.retries());
			log.warn("advice request {} failed after {} retries: {} ({})", request.requestId(), exhausted.retries(),
					ex.errorType(), ex.getMessage());
			requests.fail(request.requestId(), ex.errorType(), ex.getMessage(), exhausted.retries());
			webhooks.requestFinished(request.userId(), request.requestId(), RequestStatus.FAILED.name(), false,
					ex.errorType(), null);
			throw new ApiProblemException(ProblemType.ADVICE_UNAVAILABLE,
					"No advice could be produced right now; please try again later.",
					Map.of("request_id", request.requestId().toString(), "error_type", ex.errorType()));
		}
	}

}
