package io.aura360.agents.telemetry;

import io.aura360.agents.model.AdviceModel;
import io.aura360.agents.model.ModelAnswer;
import io.aura360.agents.model.ModelRequest;
import io.aura360.contracts.agents.AgentRunException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;

/**
 * Observes every call to a model (its retries and repair call included): a client span named after the
 * OpenTelemetry GenAI semantic conventions ({@code chat <model>}, with {@code gen_ai.operation.name},
 * {@code gen_ai.provider.name}, {@code gen_ai.request.model}, {@code gen_ai.usage.input_tokens},
 * {@code gen_ai.usage.output_tokens}, {@code gen_ai.response.finish_reasons}) plus the step's {@code agent_name}
 * and {@code category}; the timer {@code aura.model.calls} by model and outcome ({@code success} or the failure's
 * {@code error_type}) and the counter {@code aura.model.tokens} by model and type ({@code input}, {@code output}).
 * Neither the prompt nor the answer is recorded: they may hold what the person wrote.
 */
public final class ObservedAdviceModel implements AdviceModel {

    /** OpenTelemetry's well-known provider names, where the configuration word differs. */
    private static final Map<String, String> PROVIDERS = Map.of("gemini", "gcp.gemini", "openai", "openai");

    private final AdviceModel delegate;

    private final String provider;

    private final String model;

    private final Tracer tracer;

    private final MeterRegistry meters;

    private final Counter inputTokens;

    private final Counter outputTokens;

    /** {@code provider} as configured ({@code offline}, {@code gemini}, {@code openai}); {@code model} its name. */
    public ObservedAdviceModel(
            AdviceModel delegate, String provider, String model, Tracer tracer, MeterRegistry meters) {
        this.delegate = delegate;
        this.provider = PROVIDERS.getOrDefault(provider, provider);
        this.model = model;
        this.tracer = tracer;
        this.meters = meters;
        this.inputTokens = tokens("input");
        this.outputTokens = tokens("output");
    }

    @Override
    public String modelVersion() {
        return delegate.modelVersion();
    }

    @Override
    public ModelAnswer answer(ModelRequest request) {
        Timer.Sample sample = Timer.start(meters);
        Span span = childOfCurrent()
                .name("chat " + model)
                .kind(Span.Kind.CLIENT)
                .tag("gen_ai.operation.name", "chat")
                .tag("gen_ai.provider.name", provider)
                .tag("gen_ai.request.model", model)
                .tag("agent_name", request.agent())
                .tag("category", request.category().wireName())
                .start();
        String outcome = "error";
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            ModelAnswer answer = delegate.answer(request);
            outcome = "success";
            span.tag("gen_ai.usage.input_tokens", (long) answer.inputTokens())
                    .tag("gen_ai.usage.output_tokens", (long) answer.outputTokens())
                    .tagOfStrings("gen_ai.response.finish_reasons", List.of(answer.finishReason()));
            inputTokens.increment(answer.inputTokens());
            outputTokens.increment(answer.outputTokens());
            return answer;
        } catch (AgentRunException ex) {
            outcome = ex.errorType().name();
            span.tag("error.type", ex.errorType().name()).error(ex);
            throw ex;
        } catch (RuntimeException ex) {
            span.tag("error.type", ex.getClass().getName()).error(ex);
            throw ex;
        } finally {
            span.end();
            sample.stop(Timer.builder("aura.model.calls")
                    .description("Calls to a model for one agent step, retries and repair included")
                    .tag("model", model)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(meters));
        }
    }

    private Span.Builder childOfCurrent() {
        Span.Builder builder = tracer.spanBuilder();
        TraceContext parent = tracer.currentTraceContext().context();
        return (parent == null) ? builder : builder.setParent(parent);
    }

    private Counter tokens(String type) {
        return Counter.builder("aura.model.tokens")
                .description("Tokens sent to and received from models")
                .tag("model", model)
                .tag("type", type)
                .register(meters);
    }
}
