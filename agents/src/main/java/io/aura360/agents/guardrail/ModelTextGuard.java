package io.aura360.agents.guardrail;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guardrails every model-written text passes before a user sees it: recommendations and the summary
 * alike. Text that gives a diagnosis, a drug or dose, advice conflicting with the user's medical flags
 * ({@link MedicalSafetyFilter}) or crisis wording ({@link CrisisDetector}) is refused, never rewritten; what
 * passes is scrubbed of personal identifiers ({@link PiiScrubber}). A refused recommendation is removed; a
 * refused summary is replaced by the caller with a neutral one written from the kept recommendations, so the
 * answer stays consistent instead of failing.
 */
public final class ModelTextGuard {

    private static final String CRISIS_WORDING = "crisis wording";

    /** Immutable once compiled, so one per JVM: every guard shares the rule automata. */
    private static final MedicalSafetyFilter MEDICAL = new MedicalSafetyFilter();

    private final CrisisDetector crisis = CrisisDetector.lexicon();

    private final PiiScrubber pii = new PiiScrubber();

    /** The safe recommendations, scrubbed, in their order; one reason (a rule, never the text) per removal. */
    public FilterResult recommendations(List<Recommendation> written, List<String> medicalFlags, String locale) {
        FilterResult medicallySafe = MEDICAL.filter(written, medicalFlags, locale);
        List<Recommendation> kept = new ArrayList<>();
        List<String> reasons = new ArrayList<>(medicallySafe.removedReasons());
        for (Recommendation r : medicallySafe.kept()) {
            if (crisis.assess(r.description()).risk()) {
                reasons.add(CRISIS_WORDING);
            } else {
                kept.add(new Recommendation(r.type(), pii.scrub(r.description()), r.confidence(), r.evidenceIds()));
            }
        }
        return new FilterResult(kept, reasons);
    }

    /** The summary scrubbed of identifiers, or empty when its title or message must not be shown. */
    public Optional<Summary> summary(Summary written, List<String> medicalFlags) {
        if (written == null || refused(written.title(), medicalFlags) || refused(written.message(), medicalFlags)) {
            return Optional.empty();
        }
        return Optional.of(new Summary(pii.scrub(written.title()), pii.scrub(written.message())));
    }

    private boolean refused(String text, List<String> medicalFlags) {
        return MEDICAL.reasonToRefuse(text, medicalFlags).isPresent()
                || (text != null && crisis.assess(text).risk());
    }
}
