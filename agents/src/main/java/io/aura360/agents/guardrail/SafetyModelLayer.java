package io.aura360.agents.guardrail;

import io.aura360.agents.guardrail.SafetyClassifier.Classification;

/** The hosted classifier as the last layer: it may raise the offline layers' finding, never lower it. */
final class SafetyModelLayer implements CrisisLayer {

    static final String NAME = "model";

    static final String UNAVAILABLE = "safety_model_unavailable";

    private final SafetyClassifier classifier;

    SafetyModelLayer(SafetyClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public CrisisAssessment assess(CrisisText text, CrisisAssessment earlier) {
        Classification answer;
        try {
            answer = classifier.classify(text.visible());
        } catch (RuntimeException ex) {
            // Safety must not depend on a network call: the offline layers' answer stands, and the gap is recorded.
            return earlier.withDiagnostic(UNAVAILABLE);
        }
        if (answer.risk() == CrisisRisk.NONE) {
            return earlier;
        }
        return earlier.and(CrisisAssessment.found(answer.risk(), answer.category(), NAME + ":" + answer.category()));
    }
}
