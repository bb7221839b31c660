package io.aura360.agents.guardrail;

import java.util.List;

/**
 * Whether a text shows signs of suicide or self-harm risk. {@code signals} names the kinds of phrase found
 * (for example {@code suicidal_ideation}, {@code self_harm}); it never repeats the user's words, so it can
 * be logged and stored in {@code safety_flags} without copying what the person wrote.
 */
public record CrisisAssessment(boolean risk, List<String> signals) {

    public CrisisAssessment {
        signals = List.copyOf(signals);
    }

    static CrisisAssessment of(List<String> signals) {
        return new CrisisAssessment(!signals.isEmpty(), signals);
    }
}
