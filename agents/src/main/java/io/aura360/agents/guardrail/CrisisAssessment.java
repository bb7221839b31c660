package io.aura360.agents.guardrail;

import java.util.List;
import java.util.Objects;

/**
 * Whether a text shows signs of suicide or self-harm risk, how much ({@link CrisisRisk}), and why: {@code category}
 * is the warning-sign category of the strongest finding (for example {@code preparatory}, {@code burden}) and
 * {@code signals} names what each layer found (for example {@code lexicon:suicidal_ideation},
 * {@code semantic:farewell}). Neither ever repeats the user's words, so both can be logged and stored without
 * copying what the person wrote. {@code diagnostics} carries layer failures such as
 * {@code safety_model_unavailable}.
 */
public record CrisisAssessment(CrisisRisk level, String category, List<String> signals, List<String> diagnostics) {

    public static final CrisisAssessment NONE = new CrisisAssessment(CrisisRisk.NONE, null, List.of(), List.of());

    public CrisisAssessment {
        Objects.requireNonNull(level);
        signals = List.copyOf(signals);
        diagnostics = List.copyOf(diagnostics);
    }

    static CrisisAssessment found(CrisisRisk level, String category, String signal) {
        return new CrisisAssessment(level, category, List.of(signal), List.of());
    }

    /** Any risk at all: the request goes to human review. */
    public boolean risk() {
        return level != CrisisRisk.NONE;
    }

    /** Both findings together: the higher level and its category, every signal; a later layer never lowers. */
    CrisisAssessment and(CrisisAssessment other) {
        boolean otherWins = other.level.ordinal() > level.ordinal();
        return new CrisisAssessment(
                level.max(other.level),
                otherWins || category == null ? other.category : category,
                concat(signals, other.signals),
                concat(diagnostics, other.diagnostics));
    }

    CrisisAssessment withDiagnostic(String diagnostic) {
        return new CrisisAssessment(level, category, signals, concat(diagnostics, List.of(diagnostic)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
