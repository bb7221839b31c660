package io.aura360.gateway.review;

import static io.aura360.gateway.problem.QueryParameters.error;
import static io.aura360.gateway.problem.QueryParameters.integer;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code GET /api/v1/admin/reviews} asks for: optional state and risk filters, a page size and a keyset
 * cursor ({@code before}, the id of the last item of the previous page). Built from the raw query parameters so
 * that every invalid one is reported in one 422 problem.
 */
record ReviewListing(Optional<ReviewState> state, Optional<ReviewRisk> risk, int limit, Optional<UUID> before) {

    static final int DEFAULT_LIMIT = 20;

    static final int MAX_LIMIT = 100;

    static ReviewListing of(String state, String risk, String limit, String before) {
        List<Map<String, String>> errors = new ArrayList<>();
        Optional<ReviewState> parsedState = Optional.ofNullable(state).flatMap(ReviewState::parse);
        if (state != null && parsedState.isEmpty()) {
            errors.add(error("state", "must be open, claimed or resolved"));
        }
        Optional<ReviewRisk> parsedRisk = Optional.ofNullable(risk).flatMap(ReviewRisk::parse);
        if (risk != null && parsedRisk.isEmpty()) {
            errors.add(error("risk", "must be high or concern"));
        }
        Integer parsedLimit = (limit == null) ? Integer.valueOf(DEFAULT_LIMIT) : integer(limit);
        if (parsedLimit == null || parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(error("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        Optional<UUID> parsedBefore = Optional.ofNullable(before).flatMap(QueryParameters::uuid);
        if (before != null && parsedBefore.isEmpty()) {
            errors.add(error("before", "must be the id of a review item"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new ReviewListing(parsedState, parsedRisk, parsedLimit, parsedBefore);
    }

    static ApiProblemException invalid(List<Map<String, String>> errors) {
        return new ApiProblemException(
                ProblemType.INVALID_REQUEST, "The review listing parameters are not valid.", Map.of("errors", errors));
    }
}
