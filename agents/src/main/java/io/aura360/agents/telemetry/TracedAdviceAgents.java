package io.aura360.agents.telemetry;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.telemetry.UserPseudonyms;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.UUID;

/**
 * Runs each agent run in its own span ({@code agents.run}) carrying {@code request_id}, {@code category} and
 * {@code user_id} — the pseudonym, never the id itself — and, when it fails, the run's {@code error_type}.
 */
public final class TracedAdviceAgents implements AdviceAgents {

    private final AdviceAgents delegate;

    private final Tracer tracer;

    private final UserPseudonyms pseudonyms;

    public TracedAdviceAgents(AdviceAgents delegate, Tracer tracer, UserPseudonyms pseudonyms) {
        this.delegate = delegate;
        this.tracer = tracer;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public AgentRunResult run(AgentRunRequest request) {
        Span span = tracer.nextSpan()
                .name("agents.run")
                .tag("request_id", request.requestId().toString())
                .tag("category", request.category().wireName())
                .tag("user_id", pseudonyms.of(request.userId()))
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            AgentRunResult result = delegate.run(request);
            span.tag("degraded", result.degraded());
            return result;
        } catch (AgentRunException ex) {
            span.tag("error.type", ex.errorType().name()).error(ex);
            throw ex;
        } catch (RuntimeException ex) {
            span.error(ex);
            throw ex;
        } finally {
            span.end();
        }
    }

    /** Not traced: an erasure has no request to attach to, and its span would only carry the user. */
    @Override
    public void forgetUser(UUID userId) {
        delegate.forgetUser(userId);
    }
}
