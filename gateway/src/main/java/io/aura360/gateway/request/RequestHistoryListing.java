package io.aura360.gateway.request;

import static io.aura360.gateway.problem.QueryParameters.error;
import static io.aura360.gateway.problem.QueryParameters.integer;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code GET /api/v1/holistic/requests} asks for: optional category and status filters, a page size and a
 * keyset cursor ({@code before}, the id of the last request of the previous page). Built from the raw query
 * parameters so that every invalid one is reported in one 422 problem.
 */
record RequestHistoryListing(
        Optional<Category> category, Optional<RequestStatus> status, int limit, Optional<UUID> before) {

    static final int DEFAULT_LIMIT = 20;

    static final int MAX_LIMIT = 100;

    static RequestHistoryListing of(String category, String status, String limit, String before) {
        List<Map<String, String>> errors = new ArrayList<>();
        Optional<Category> parsedCategory = Optional.ofNullable(category).flatMap(Category::parse);
        if (category != null && parsedCategory.isEmpty()) {
            errors.add(error("category", "must be mind, body or soul"));
        }
        Optional<RequestStatus> parsedStatus = Optional.ofNullable(status).flatMap(RequestHistoryListing::status);
        if (status != null && parsedStatus.isEmpty()) {
            errors.add(error("status", "must be PENDING, PROCESSING, COMPLETED or FAILED"));
        }
        Integer parsedLimit = (limit == null) ? Integer.valueOf(DEFAULT_LIMIT) : integer(limit);
        if (parsedLimit == null || parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(error("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        Optional<UUID> parsedBefore = Optional.ofNullable(before).flatMap(QueryParameters::uuid);
        if (before != null && parsedBefore.isEmpty()) {
            errors.add(error("before", "must be the id of one of your requests"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new RequestHistoryListing(parsedCategory, parsedStatus, parsedLimit, parsedBefore);
    }

    static ApiProblemException invalid(List<Map<String, String>> errors) {
        return new ApiProblemException(
                ProblemType.INVALID_REQUEST, "The request history parameters are not valid.", Map.of("errors", errors));
    }

    private static Optional<RequestStatus> status(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(RequestStatus.values())
                .filter(s -> s.name().equals(wanted))
                .findFirst();
    }
}
