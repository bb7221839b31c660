package io.aura360.agents.model;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import io.aura360.contracts.advice.AdvicePayload.Summary;
import java.util.List;

/**
 * What {@link StructuredAdviceParser} made of a model's text: usable advice, or the readable reasons it is not
 * (sent back to the model in the one repair attempt).
 */
public sealed interface ParsedAdvice {

    /** Advice that matches the payload schema; {@code summary} is null when the model wrote none. */
    record Valid(List<Recommendation> recommendations, Summary summary) implements ParsedAdvice {

        public Valid {
            recommendations = List.copyOf(recommendations);
        }
    }

    /** Why the text is not usable, one readable sentence or schema message per entry, never empty. */
    record Invalid(List<String> errors) implements ParsedAdvice {

        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid answer needs at least one error");
            }
        }
    }
}
