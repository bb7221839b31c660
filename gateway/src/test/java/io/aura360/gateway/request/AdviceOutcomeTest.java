package io.aura360.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An envelope's status decides its outcome (200 or 202), also for an answer stored for an idempotent replay. */
class AdviceOutcomeTest {

    private static final UUID REQUEST = UUID.fromString("7d0e9f5c-8a43-4d0b-9a53-2a3b4c5d6e7f");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCompletedEnvelopeIsCompleted() {
        assertThat(AdviceOutcome.of(envelope(RequestStatus.COMPLETED, null)))
                .isInstanceOf(AdviceOutcome.Completed.class);
    }

    @Test
    void anOpenEnvelopeIsProcessingAndPointsAtItsRequest() {
        AdviceOutcome outcome = AdviceOutcome.of(envelope(RequestStatus.PROCESSING, ErrorType.AWAITING_PROFILE_DATA));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        AdviceOutcome.Processing.class,
                        processing -> assertThat(processing.location())
                                .isEqualTo(URI.create("/api/v1/holistic/requests/" + REQUEST)));
        assertThat(AdviceOutcome.of(envelope(RequestStatus.PENDING, null)))
                .isInstanceOf(AdviceOutcome.Processing.class);
    }

    @Test
    void aFailedRequestIsNoOutcome() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdviceOutcome.of(envelope(RequestStatus.FAILED, ErrorType.MODEL_UNAVAILABLE)));
    }

    @Test
    void anOutcomeRefusesAnEnvelopeOfAnotherStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AdviceOutcome.Completed(envelope(RequestStatus.PROCESSING, null)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AdviceOutcome.Processing(envelope(RequestStatus.COMPLETED, null)));
    }

    @Test
    void aStoredEnvelopeReadsBackAsTheSameOutcomeWithItsErrorTypeAsAString() {
        AdviceEnvelope held = new AdviceEnvelope(
                REQUEST,
                "trace-1",
                RequestStatus.PROCESSING,
                false,
                ErrorType.AWAITING_PROFILE_DATA,
                false,
                null,
                new ProvisionalSummary(
                        ProvisionalSummary.LABEL,
                        "not personalised",
                        List.of(new ProvisionalSummary.Highlight("doc#1", "https://example.org", "Sleep well."))),
                List.of("sleep_hours"));

        String stored = json.writeValueAsString(held);

        assertThat(stored).contains("\"status\":\"PROCESSING\"", "\"error_type\":\"AWAITING_PROFILE_DATA\"");
        assertThat(AdviceOutcome.of(json.readValue(stored, AdviceEnvelope.class)))
                .isEqualTo(new AdviceOutcome.Processing(held));
    }

    private static AdviceEnvelope envelope(RequestStatus status, ErrorType errorType) {
        return new AdviceEnvelope(REQUEST, "trace-1", status, false, errorType, false, null);
    }
}
