package io.aura360.gateway.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** A page of requests, newest first; {@code next_before} is the {@code before} of the next page, null on the last. */
record RequestHistoryPage(
        List<RequestSummary> requests,
        @JsonProperty("next_before") UUID nextBefore) {

    RequestHistoryPage {
        requests = List.copyOf(requests);
    }
}
