package io.aura360.agents.model;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hosted provider, against its recorded error responses: what may succeed later is retried with backoff
 * within the deadline, what the provider will refuse again fails at once, and a slow call never holds a request
 * past its deadline.
 */
class HostedAdviceModelFailuresTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static Stream<RecordedProvider> providers() {
        return HostedAdviceModelAnswersTest.providers();
    }

    static Stream<Arguments> serverErrors() {
        return providers().flatMap(p -> Stream.of(Arguments.of(p, 500), Arguments.of(p, 503)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void retriesARateLimitedCallAndCountsBothAttempts(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.inSequence(wire.error(429), wire.answer("valid"));

        ModelAnswer answer = wire.model().answer(Requests.request("en", BUDGET));

        assertThat(answer.attempts()).isEqualTo(2);
        assertThat(answer.recommendations()).hasSize(2);
        wire.verifyCalls(2);
    }

    @ParameterizedTest(name = "{0} HTTP {1}")
    @MethodSource("serverErrors")
    void retriesServerErrorsThenFailsRecoverableAfterThreeAttempts(RecordedProvider provider, int status) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.error(status));

        AgentRunException failure = failureOf(wire.model());

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
        assertThat(failure.getMessage()).contains("HTTP " + status);
        wire.verifyCalls(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void answersWhenTheServerRecoversOnTheThirdAttempt(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.inSequence(wire.error(500), wire.error(503), wire.answer("valid"));

        assertThat(wire.model().answer(Requests.request("en", BUDGET)).attempts())
                .isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void failsAtOnceWithoutRetryWhenTheKeyIsRejected(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.error(401));

        AgentRunException failure = failureOf(wire.model());

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_REJECTED);
        assertThat(failure.recoverable()).isFalse();
        wire.verifyCalls(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void failsAtOnceWithoutRetryOnTheProvidersTypicalRefusal(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(ProviderServer.json(provider.refusalStatus(), provider.refusalBody()));

        AgentRunException failure = failureOf(wire.model());

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_REJECTED);
        assertThat(failure.recoverable()).isFalse();
        wire.verifyCalls(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void abandonsASlowCallAtTheDeadline(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        int delayMillis = 4000;
        wire.always(wire.answer("valid").withFixedDelay(delayMillis));
        long started = System.nanoTime();

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class,
                () -> wire.model(Duration.ofSeconds(30), ProviderServer.FAST)
                        .answer(Requests.request("en", Duration.ofMillis(500))));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(delayMillis));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void startsNoFurtherAttemptWhenTheBackoffWouldPassTheDeadline(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.error(503));
        RetryingAdviceModel.Backoff patient = new RetryingAdviceModel.Backoff(3, Duration.ofSeconds(20), 2.0, 0.0);

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class,
                () -> wire.model(Duration.ofSeconds(5), patient).answer(Requests.request("en", Duration.ofSeconds(5))));

        assertThat(failure.recoverable()).isTrue();
        wire.verifyCalls(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void treatsARefusedConnectionAsRecoverable(RecordedProvider provider) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AdviceModel model = new ProviderServer(server, provider)
                .modelAt(
                        "http://localhost:" + closedPort + provider.basePath(),
                        Duration.ofSeconds(2),
                        ProviderServer.FAST);

        AgentRunException failure = failureOf(model);

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_UNAVAILABLE);
        assertThat(failure.recoverable()).isTrue();
    }

    private static AgentRunException failureOf(AdviceModel model) {
        return catchThrowableOfType(AgentRunException.class, () -> model.answer(Requests.request("en", BUDGET)));
    }
}
