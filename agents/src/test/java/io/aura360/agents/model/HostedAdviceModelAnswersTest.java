package io.aura360.agents.model;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hosted provider, against its recorded wire format: a JSON answer is read with its evidence and token
 * usage, and one unusable answer (schema errors, not JSON, cut off) is repaired by showing the model its errors.
 */
class HostedAdviceModelAnswersTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    static Stream<RecordedProvider> providers() {
        return Stream.of(new GeminiWire(), new OpenAiWire());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void readsAValidAnswerWithItsEvidenceIdsAndTokenUsage(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.answer("valid"));

        ModelAnswer answer = wire.model().answer(Requests.request("en", BUDGET));

        assertThat(answer.recommendations())
                .flatExtracting(r -> r.evidenceIds())
                .containsExactly("stress#3", "sleep#1", "stress#3");
        assertThat(answer.recommendations().get(0).confidence()).isEqualTo(0.82);
        assertThat(answer.summary().title()).isEqualTo("Your mind plan");
        assertThat(answer.inputTokens()).isEqualTo(provider.recordedTokens()[0]);
        assertThat(answer.outputTokens()).isEqualTo(provider.recordedTokens()[1]);
        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.attempts()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void sendsTheModelNameAndTheKeyAndAsksForJsonShapedByTheAnswerSchema(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.answer("valid"));

        wire.model().answer(Requests.request("en", BUDGET));

        wire.verifyCalls(1, provider.inSchemaModeForTheModel(wire.requests()));
        wire.verifyCalls(1, wire.requests().withRequestBody(containing("only these ids: sleep#1, stress#3")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void repairsASchemaInvalidAnswerByShowingTheModelItsErrors(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.inSequence(wire.answer("schema-invalid"), wire.answer("valid"));

        ModelAnswer answer = wire.model().answer(Requests.request("en", BUDGET));

        assertThat(answer.recommendations()).hasSize(2);
        assertThat(answer.attempts()).isEqualTo(1);
        assertThat(answer.inputTokens()).isGreaterThan(provider.recordedTokens()[0]);
        // The schema the provider is given does not stop a non-conforming answer; validation and the repair do.
        wire.verifyCalls(2, provider.inSchemaModeForTheModel(wire.requests()));
        wire.verifyCalls(
                1,
                wire.requests()
                        .withRequestBody(containing(
                                "$.recommendations[0].evidence_ids: must have at least 1 items but found 0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void repairsAnAnswerThatIsNotJson(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.inSequence(wire.answer("malformed"), wire.answer("valid"));

        assertThat(wire.model().answer(Requests.request("en", BUDGET)).recommendations())
                .hasSize(2);
        wire.verifyCalls(2);
        wire.verifyCalls(1, wire.requests().withRequestBody(containing("the answer is not valid JSON")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void repairsAnAnswerCutOffAtTheTokenLimit(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.inSequence(wire.answer("truncated"), wire.answer("valid"));

        ModelAnswer answer = wire.model().answer(Requests.request("en", BUDGET));

        assertThat(answer.recommendations()).hasSize(2);
        assertThat(answer.finishReason()).isEqualTo("stop");
        wire.verifyCalls(1, wire.requests().withRequestBody(containing("cut off")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void failsNotRecoverableWhenTheRepairIsStillInvalidAndDoesNotRetry(RecordedProvider provider) {
        ProviderServer wire = new ProviderServer(server, provider);
        wire.always(wire.answer("malformed"));

        AgentRunException failure = catchThrowableOfType(
                AgentRunException.class, () -> wire.model().answer(Requests.request("en", BUDGET)));

        assertThat(failure.errorType()).isEqualTo(ErrorType.MODEL_OUTPUT_INVALID);
        assertThat(failure.recoverable()).isFalse();
        assertThat(failure.getMessage()).contains("not valid JSON");
        wire.verifyCalls(2);
    }
}
