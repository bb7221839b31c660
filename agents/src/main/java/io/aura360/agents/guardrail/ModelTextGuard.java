package io.aura360.agents.guardrail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The guardrails every model-written text passes before a user sees it: recommendations and the summary
 * alike. Text that gives a diagnosis, a drug or dose, advice conflicting with the user's medical flags
 * ({@link MedicalSafetyFilter}) or crisis wording ({@link CrisisDetector}) is refused, never rewritten; what
 * passes is scrubbed of personal identifiers ({@link PiiScrubber}). A refused recommendation is removed; a
 * refused summary is replaced by the caller with a neutral one written from the kept recommendations, so the
 * answer stays consistent instead of failing.
 *
 * <p>The decision is a pure function of the text and the medical flags, and the same texts come back again and
 * again (the offline composer writes with the knowledge base's sentences), so decisions are remembered: checking
 * every recommendation afresh was a tenth of the advice path's CPU under load. The memory is bounded in size and
 * forgets a text ten minutes after its last use, so a hosted model's unique answers do not linger.
 */
public final class ModelTextGuard {

    private static final String CRISIS_WORDING = "crisis wording";

    /** Immutable once compiled, so one per JVM: every guard shares the rule automata. */
    private static final MedicalSafetyFilter MEDICAL = new MedicalSafetyFilter();

    private static final CrisisDetector CRISIS = CrisisDetector.lexicon();

    private static final PiiScrubber PII = new PiiScrubber();

    /** Shared by every guard of the JVM, like the rules it memoises. */
    private static final Cache<TextCheck, Decision> DECISIONS = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** The safe recommendations, scrubbed, in their order; one reason (a rule, never the text) per removal. */
    public FilterResult recommendations(List<Recommendation> written, List<String> medicalFlags) {
        List<String> flags = flags(medicalFlags);
        List<Recommendation> kept = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Recommendation r : written) {
            Decision decision = decide(r.description(), flags);
            if (decision.refusal() != null) {
                reasons.add(decision.refusal());
            } else {
                kept.add(new Recommendation(r.type(), decision.scrubbed(), r.confidence(), r.evidenceIds()));
            }
        }
        return new FilterResult(kept, reasons);
    }

    /** The summary scrubbed of identifiers, or empty when its title or message must not be shown. */
    public Optional<Summary> summary(Summary written, List<String> medicalFlags) {
        if (written == null) {
            return Optional.empty();
        }
        List<String> flags = flags(medicalFlags);
        Decision title = decide(written.title(), flags);
        Decision message = decide(written.message(), flags);
        if (title.refusal() != null || message.refusal() != null) {
            return Optional.empty();
        }
        return Optional.of(new Summary(title.scrubbed(), message.scrubbed()));
    }

    private static Decision decide(String text, List<String> flags) {
        if (text == null) {
            return new Decision(null, null);
        }
        return DECISIONS.get(new TextCheck(text, flags), ModelTextGuard::check);
    }

    /** Medical rules first, with the user's own conditions before the general ones; then crisis wording. */
    private static Decision check(TextCheck check) {
        Optional<String> medical = MEDICAL.reasonToRefuse(check.text(), check.medicalFlags());
        if (medical.isPresent()) {
            return new Decision(medical.get(), null);
        }
        if (CRISIS.assess(check.text()).risk()) {
            return new Decision(CRISIS_WORDING, null);
        }
        return new Decision(null, PII.scrub(check.text()));
    }

    private static List<String> flags(List<String> medicalFlags) {
        return (medicalFlags == null)
                ? List.of()
                : medicalFlags.stream().filter(Objects::nonNull).toList();
    }

    private record TextCheck(String text, List<String> medicalFlags) {}

    /** A reason to refuse the text, or (when that is null) the text scrubbed of identifiers. */
    private record Decision(String refusal, String scrubbed) {}
}
