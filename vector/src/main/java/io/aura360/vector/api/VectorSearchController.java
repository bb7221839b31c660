package io.aura360.vector.api;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.store.KnowledgeCollection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /vector/v1}: evidence search and collection metadata (service key required). */
@RestController
@RequestMapping(path = "/vector/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class VectorSearchController {

    private static final Logger log = LoggerFactory.getLogger(VectorSearchController.class);

    private final EvidenceSearch search;

    private final KnowledgeCollection index;

    public VectorSearchController(EvidenceSearch search, KnowledgeCollection index) {
        this.search = search;
        this.index = index;
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    SearchResponse search(@RequestBody SearchRequest request) {
        return search.search(request);
    }

    @GetMapping("/collections")
    List<Map<String, Object>> collections() {
        return List.of(index.describe());
    }

    /**
     * A body that is not a search request (blank query, top_k or context_chunks out of range, unknown mode or
     * group_by): 400 with a stable type. The record's own check names the field; Jackson's parse errors are not echoed.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> invalid(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        String detail = (cause instanceof IllegalArgumentException)
                ? cause.getMessage()
                : "The body is not a valid search request (query, top_k, mode, filters, group_by, context_chunks).";
        return respond(problem(HttpStatus.BAD_REQUEST, "invalid-search-request", "Invalid search request", detail));
    }

    /** {@code DIMENSION_MISMATCH} and other refusals: 422 with the stable error type, never retried. */
    @ExceptionHandler(VectorQueryRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(VectorQueryRejectedException ex) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "vector-query-rejected", "Vector query rejected", ex.getMessage());
        problem.setProperty("error_type", ex.errorType().name());
        return respond(problem);
    }

    /**
     * {@code EMBEDDING_UNAVAILABLE} (the model could not embed the query, its own retries spent) or the index down:
     * 503, retryable, so callers degrade to kept evidence or try again later. The index itself stays healthy.
     */
    @ExceptionHandler(VectorServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(VectorServiceUnavailableException ex) {
        log.warn("search unavailable ({}): {}", ex.errorType(), ex.getMessage());
        boolean embedding = ex.errorType() == ErrorType.EMBEDDING_UNAVAILABLE;
        ProblemDetail problem = embedding
                ? problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "embedding-unavailable",
                        "Embedding model unavailable",
                        "The embedding model could not embed the query; try again later.")
                : problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "vector-service-unavailable",
                        "Vector service unavailable",
                        "The knowledge index could not answer; try again later.");
        problem.setProperty("error_type", ex.errorType().name());
        problem.setProperty("retryable", true);
        return respond(problem);
    }

    /** A problem with the stable type {@code https://aura360.io/problems/<slug>}. */
    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://aura360.io/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
