package io.aura360.gateway.request;

import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.delivery.Deliveries;
import io.aura360.gateway.idempotency.IdempotentExecution;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.trace.TraceIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/holistic}: ask for advice and read a request back. */
@RestController
@RequestMapping(path = "/api/v1/holistic", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {

    private final AdviceService advice;

    private final IdempotentExecution idempotency;

    private final JsonMapper json;

    private final RequestStatusStream statusStream;

    private final RequestHistory history;
    private final Deliveries deliveries;

    AdviceController(
            AdviceService advice,
            IdempotentExecution idempotency,
            JsonMapper json,
            RequestStatusStream statusStream,
            RequestHistory history,
            Deliveries deliveries) {
        this.deliveries = deliveries;
        this.statusStream = statusStream;
        this.history = history;
        this.advice = advice;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Operation(
            summary = "Ask for advice for a user and a category",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "COMPLETED, with payload v1",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = AdviceEnvelope.class))),
                @ApiResponse(
                        responseCode = "202",
                        description = "PROCESSING: follow the Location (poll or /events)",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = AdviceEnvelope.class))),
                @ApiResponse(
                        responseCode = "400",
                        description = "malformed-request",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "401",
                        description = "unauthenticated",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "403",
                        description = "forbidden: user_id is not the caller",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "409",
                        description = "conflict: Idempotency-Key in flight",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "413",
                        description = "payload-too-large",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "422",
                        description = "invalid-request",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "429",
                        description = "rate-limited, with Retry-After",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "503",
                        description =
                                "advice-unavailable: the request is FAILED; service-unavailable: the database did not"
                                        + " answer in time, with Retry-After",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AdviceEnvelope> advise(
            @AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody AdviceRequestBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            HttpServletRequest request) {
        Caller caller = Caller.of(jwt);
        AdviceCommand command = AdviceCommand.from(body);
        Duration wait = PreferWait.from(prefer);
        // Chosen here so an Idempotency-Key records the request it started (see ClaimedAdviceRequests).
        UUID requestId = UUID.randomUUID();
        Supplier<AdviceOutcome> work = () -> advice.advise(caller, command, requestId, TraceIds.of(request), wait);
        if (idempotencyKey == null) {
            return respond(work.get(), false);
        }
        IdempotentExecution.Outcome<AdviceOutcome> outcome = idempotency.execute(
                caller.userId(),
                idempotencyKey,
                json.writeValueAsString(body),
                requestId,
                work,
                answer -> json.writeValueAsString(answer.envelope()),
                stored -> AdviceOutcome.of(json.readValue(stored, AdviceEnvelope.class)));
        return respond(outcome.answer(), outcome.replayed());
    }

    /**
     * 200 with the answer, or 202 with {@code Location} while the request is still being worked on. An answer
     * computed for this response recorded its delivery with it (the client was waiting when it was stored); a
     * replayed one is delivered now, unless an earlier delivery counts already.
     */
    private ResponseEntity<AdviceEnvelope> respond(AdviceOutcome outcome, boolean replayed) {
        if (replayed) {
            delivering(outcome.envelope(), Deliveries.Channel.RESPONSE);
        }
        ResponseEntity.BodyBuilder response = switch (outcome) {
            case AdviceOutcome.Completed completed -> ResponseEntity.ok();
            case AdviceOutcome.Processing processing ->
                ResponseEntity.accepted().location(processing.location());
        };
        response.contentType(MediaType.APPLICATION_JSON);
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(outcome.envelope());
    }

    @Operation(
            summary = "List the caller's requests, newest first",
            description = "Summary columns only; read one request's answer with GET /requests/{id}. Pass a page's"
                    + " next_before as before to read the next page.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "a page of the caller's requests",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = RequestHistoryPage.class))),
                @ApiResponse(
                        responseCode = "401",
                        description = "unauthenticated",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "422",
                        description = "invalid-request: a filter, the limit or the cursor is not valid",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @GetMapping("/requests")
    RequestHistoryPage requests(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "before", required = false) String before) {
        RequestHistoryListing listing = RequestHistoryListing.of(category, status, limit, before);
        return history.page(Caller.of(jwt).userId(), listing);
    }

    @GetMapping("/requests/{id}")
    AdviceEnvelope request(@AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id) {
        return delivering(advice.find(Caller.of(jwt), parseId(id)), Deliveries.Channel.POLL);
    }

    /** A completed envelope about to be returned carries the final answer: its delivery is recorded. */
    private AdviceEnvelope delivering(AdviceEnvelope envelope, Deliveries.Channel channel) {
        if (envelope.status() == RequestStatus.COMPLETED) {
            deliveries.delivered(envelope.requestId(), channel);
        }
        return envelope;
    }

    /**
     * Server-Sent Events: the request's envelope each time its status changes, until it is COMPLETED or FAILED;
     * a few open streams per user at a time.
     */
    @Operation(
            summary = "Follow a request's status as Server-Sent Events",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "status events, each an envelope, until COMPLETED or FAILED (at most 90 s)",
                        content =
                                @Content(
                                        mediaType = "text/event-stream",
                                        schema = @Schema(implementation = AdviceEnvelope.class))),
                @ApiResponse(
                        responseCode = "401",
                        description = "unauthenticated",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "404",
                        description = "not-found: no such request of the caller",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "429",
                        description = "rate-limited: the caller already holds the most open streams allowed",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @GetMapping(path = "/requests/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal Jwt jwt, @PathVariable("id") String id) {
        Caller caller = Caller.of(jwt);
        UUID requestId = parseId(id);
        advice.find(caller, requestId);
        return statusStream.follow(caller.userId(), requestId, () -> advice.find(caller, requestId));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException ex) {
            throw new ApiProblemException(ProblemType.NOT_FOUND, "No such request.");
        }
    }
}
