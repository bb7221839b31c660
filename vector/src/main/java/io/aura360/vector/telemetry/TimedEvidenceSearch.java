package io.aura360.vector.telemetry;

import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Times every search in {@code aura.search} by mode ({@code hybrid}, {@code dense}, {@code bm25}) and backend. */
public final class TimedEvidenceSearch implements EvidenceSearch {

    private final EvidenceSearch delegate;

    private final String backend;

    private final MeterRegistry meters;

    public TimedEvidenceSearch(EvidenceSearch delegate, String backend, MeterRegistry meters) {
        this.delegate = delegate;
        this.backend = backend;
        this.meters = meters;
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return Timer.builder("aura.search")
                .description("Knowledge base searches, embedding of the query included")
                .tag("mode", request.mode().wireName())
                .tag("backend", backend)
                .publishPercentileHistogram()
                .register(meters)
                .record(() -> delegate.search(request));
    }
}
