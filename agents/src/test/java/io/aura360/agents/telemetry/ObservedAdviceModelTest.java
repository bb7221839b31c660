package io.aura360.agents.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.agents.model.AdviceModel;
import io.aura360.agents.model.ModelAnswer;
import io.aura360.agents.model.ModelRequest;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.UserContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedAdviceModelTest {

    private static final ModelRequest REQUEST = new ModelRequest(
            "sleep",
            Category.BODY,
            "en",
            "prompt",
            "query",
            List.of(),
            UserContext.empty(),
            3,
            Instant.now().plusSeconds(10));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void timesEachCallAndCountsItsTokensByModel() {
        AdviceModel model = observed(request -> new ModelAnswer(List.of(), null, 120, 45, "stop", 1));

        model.answer(REQUEST);
        model.answer(REQUEST);

        assertThat(meters.get("aura.model.calls")
                        .tag("model", "gemini-2.5-flash")
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(meters.get("aura.model.tokens")
                        .tag("model", "gemini-2.5-flash")
                        .tag("type", "input")
                        .counter()
                        .count())
                .isEqualTo(240);
        assertThat(meters.get("aura.model.tokens")
                        .tag("model", "gemini-2.5-flash")
                        .tag("type", "output")
                        .counter()
                        .count())
                .isEqualTo(90);
    }

    @Test
    void aFailedCallIsTimedUnderItsErrorTypeAndRethrown() {
        AgentRunException timeout = new AgentRunException(ErrorType.MODEL_UNAVAILABLE, true, "too slow", null);
        AdviceModel model = observed(request -> {
            throw timeout;
        });

        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> model.answer(REQUEST))
                .isSameAs(timeout);

        assertThat(meters.get("aura.model.calls")
                        .tag("outcome", "MODEL_UNAVAILABLE")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(meters.get("aura.model.tokens")
                        .tag("type", "input")
                        .counter()
                        .count())
                .isZero();
    }

    @Test
    void keepsTheDelegatesModelVersion() {
        assertThat(observed(request -> null).modelVersion()).isEqualTo("gemini/gemini-2.5-flash");
    }

    private AdviceModel observed(Answering answering) {
        AdviceModel delegate = new AdviceModel() {

            @Override
            public String modelVersion() {
                return "gemini/gemini-2.5-flash";
            }

            @Override
            public ModelAnswer answer(ModelRequest request) {
                return answering.answer(request);
            }
        };
        return new ObservedAdviceModel(delegate, "gemini", "gemini-2.5-flash", Tracer.NOOP, meters);
    }

    private interface Answering {

        ModelAnswer answer(ModelRequest request);
    }
}
