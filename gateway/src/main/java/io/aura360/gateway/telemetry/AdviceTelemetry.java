package io.aura360.gateway.telemetry;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.telemetry.UserPseudonyms;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Observes advice requests. The timer {@code aura.advice.requests} times every request by category, status
 * ({@code COMPLETED}, {@code PROCESSING} when the synchronous budget ran out, {@code FAILED} when no answer could
 * be produced, {@code REJECTED} for quota, permission and lookup refusals, {@code ERROR} for anything else) and
 * whether the answer was degraded. Each request runs in an {@code advice} span carrying {@code user_id}
 * (pseudonymised, never the raw id), {@code category}, {@code request_id} and the status; the calls to the agents
 * are its children. Retries, degraded answers and synchronous-budget expiries are counted too.
 */
@Component
public class AdviceTelemetry {

    private static final Logger log = LoggerFactory.getLogger(AdviceTelemetry.class);

    /** The timer's name; its histogram buckets are switched on in the configuration. */
    static final String REQUESTS = "aura.advice.requests";

    private final MeterRegistry meters;

    private final ObservationRegistry observations;

    private final UserPseudonyms pseudonyms;

    private final Counter retries;

    private final Counter budgetExpiries;

    public AdviceTelemetry(MeterRegistry meters, ObservationRegistry observations, UserPseudonyms pseudonyms) {
        this.meters = meters;
        this.observations = observations;
        this.pseudonyms = pseudonyms;
        this.retries = Counter.builder("aura.agent.retries")
                .description("Calls to the agents repeated after a recoverable failure")
                .register(meters);
        this.budgetExpiries = Counter.builder("aura.budget.expiries")
                .description("Advice requests answered 202 because the synchronous budget ran out")
                .register(meters);
        for (Category category : Category.values()) {
            degradedCounter(category); // every category's series exists from the start, at 0
        }
    }

    /** Runs one advice request, timing it by its {@link Outcome} (taken from the result, or from the failure). */
    public <T> T timeAdvice(Category category, UUID userId, Supplier<T> work, Function<T, Outcome> outcomeOf) {
        // An observation, not a bare span: the work it starts on other threads is then its child.
        Observation observation = Observation.createNotStarted(REQUESTS, observations)
                .contextualName("advice")
                .lowCardinalityKeyValue("category", category.wireName())
                .highCardinalityKeyValue("user_id", pseudonyms.of(userId))
                .start();
        String status = "ERROR";
        boolean degraded = false;
        UUID requestId = null;
        try (Observation.Scope scope = observation.openScope()) {
            T result = work.get();
            Outcome outcome = outcomeOf.apply(result);
            status = outcome.status().name();
            degraded = outcome.degraded();
            requestId = outcome.requestId();
            if (outcome.status() == RequestStatus.PROCESSING) {
                budgetExpiries.increment();
            }
            return result;
        } catch (ApiProblemException ex) {
            status = (ex.type() == ProblemType.ADVICE_UNAVAILABLE) ? "FAILED" : "REJECTED";
            if (ex.properties().get("request_id") instanceof String failed) {
                requestId = UUID.fromString(failed);
            }
            throw ex;
        } catch (RuntimeException ex) {
            observation.error(ex);
            throw ex;
        } finally {
            if (requestId != null) {
                observation.highCardinalityKeyValue("request_id", requestId.toString());
            }
            observation
                    .lowCardinalityKeyValue("status", status)
                    .lowCardinalityKeyValue("degraded", String.valueOf(degraded))
                    .stop();
            // Ids, category and outcome only: never the message, the profile or the token.
            log.info(
                    "advice request {} {} (category {}, degraded {})",
                    (requestId != null) ? requestId : "-",
                    status,
                    category.wireName(),
                    degraded);
        }
    }

    /** The agents were called {@code count} more times than once for one request. */
    public void retried(int count) {
        if (count > 0) {
            retries.increment(count);
        }
    }

    /** An answer was produced from fallback evidence because the vector service was down. */
    public void degraded(Category category) {
        degradedCounter(category).increment();
    }

    private Counter degradedCounter(Category category) {
        return Counter.builder("aura.advice.degraded")
                .description("Answers produced from fallback evidence (vector service down)")
                .tag("category", category.wireName())
                .register(meters);
    }

    /** The runs waiting for a slot ({@code aura.gateway.concurrent-runs}), read when scraped. */
    public void waitingRuns(IntSupplier waiting) {
        Gauge.builder("aura.advice.runs.waiting", waiting::getAsInt)
                .description("Advice runs waiting for a free slot (aura.gateway.concurrent-runs)")
                .register(meters);
    }

    /** How a request ended, as far as the client saw it. */
    public record Outcome(RequestStatus status, boolean degraded, UUID requestId) {}
}
