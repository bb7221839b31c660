package io.aura360.gateway.events;

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
 * What {@code GET /api/v1/admin/outbox} asks for: the events still waiting for the relay ({@code pending}, the
 * default) or those it gave up on ({@code dead_letter}), a page size and a keyset cursor ({@code after}, the id of
 * the last entry of the previous page). Every invalid parameter is reported in one 422 problem.
 */
record OutboxListing(boolean deadLetters, int limit, Optional<UUID> after) {

    static final int DEFAULT_LIMIT = 20;

    static final int MAX_LIMIT = 100;

    static OutboxListing of(String state, String limit, String after) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (state != null && !state.equals("pending") && !state.equals("dead_letter")) {
            errors.add(error("state", "must be pending or dead_letter"));
        }
        Integer parsedLimit = (limit == null) ? Integer.valueOf(DEFAULT_LIMIT) : integer(limit);
        if (parsedLimit == null || parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(error("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        Optional<UUID> parsedAfter = Optional.ofNullable(after).flatMap(QueryParameters::uuid);
        if (after != null && parsedAfter.isEmpty()) {
            errors.add(error("after", "must be the id of an outbox event"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new OutboxListing("dead_letter".equals(state), parsedLimit, parsedAfter);
    }

    static ApiProblemException invalid(List<Map<String, String>> errors) {
        return new ApiProblemException(
                ProblemType.INVALID_REQUEST, "The outbox listing parameters are not valid.", Map.of("errors", errors));
    }
}
