package io.aura360.gateway.review;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/v1/admin/reviews/{id}/resolve}: what was done, and an optional note. */
record Resolution(String outcome, String note) {

    static final int MAX_NOTE_LENGTH = 2000;

    /** The outcome, once the body is known valid; otherwise a 422 naming every invalid field. */
    ReviewOutcome checkedOutcome() {
        List<Map<String, String>> errors = new ArrayList<>();
        ReviewOutcome parsed =
                (outcome == null) ? null : ReviewOutcome.parse(outcome).orElse(null);
        if (parsed == null) {
            errors.add(
                    QueryParameters.error("outcome", "must be one of contacted, no_action, escalated, false_positive"));
        }
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            errors.add(QueryParameters.error("note", "must be at most " + MAX_NOTE_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "The resolution is not valid.", Map.of("errors", errors));
        }
        return parsed;
    }
}
