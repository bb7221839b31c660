package io.aura360.gateway.review;

import com.fasterxml.jackson.annotation.JsonValue;
import io.aura360.contracts.advice.AdvicePayload;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgently a review item needs a person: {@code high} for a crisis answer, {@code concern} otherwise. */
public enum ReviewRisk {
    HIGH,
    CONCERN;

    /** The flag the crisis agent sets on its answer (agents' {@code CrisisAgent.SAFETY_FLAG}). */
    static final String SELF_HARM_FLAG = "self_harm_risk";

    /** The risk an answer asking for review carries: high when it is flagged {@code self_harm_risk}. */
    public static ReviewRisk of(AdvicePayload answer) {
        AdvicePayload.AgentDiagnostics diagnostics = answer.agentDiagnostics();
        boolean selfHarm = diagnostics != null && diagnostics.safetyFlags().contains(SELF_HARM_FLAG);
        return selfHarm ? HIGH : CONCERN;
    }

    static Optional<ReviewRisk> parse(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
