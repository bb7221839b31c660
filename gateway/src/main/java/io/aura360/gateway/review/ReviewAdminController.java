package io.aura360.gateway.review;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/reviews} (admin scope, enforced by the security configuration): the human review queue.
 * The reviewer is the token's subject; every claim and resolution is audited under it.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewAdminController {

    private final ReviewItems items;

    ReviewAdminController(ReviewItems items) {
        this.items = items;
    }

    @GetMapping
    ReviewPage list(
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "risk", required = false) String risk,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "before", required = false) String before) {
        return items.page(ReviewListing.of(state, risk, limit, before));
    }

    @Operation(
            responses = {
                @ApiResponse(responseCode = "200", description = "the item, now claimed by the caller"),
                @ApiResponse(
                        responseCode = "409",
                        description = "conflict: claimed by another reviewer, or already resolved",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PostMapping("/{id}/claim")
    ReviewItem claim(@AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id) {
        return items.claim(itemId(id), jwt.getSubject());
    }

    @Operation(
            responses = {
                @ApiResponse(responseCode = "200", description = "the item, now resolved by the caller"),
                @ApiResponse(
                        responseCode = "409",
                        description = "conflict: claimed by another reviewer, or already resolved",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PostMapping(path = "/{id}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewItem resolve(
            @AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id, @RequestBody Resolution resolution) {
        ReviewOutcome outcome = resolution.checkedOutcome();
        return items.resolve(itemId(id), jwt.getSubject(), outcome, resolution.note());
    }

    /** An id that is no UUID names no item: 404, as for an unknown one. */
    private static UUID itemId(String id) {
        return QueryParameters.uuid(id)
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No such review item."));
    }
}
