package io.aura360.gateway.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** A page of items, newest first; {@code next_before} is the {@code before} of the next page, null on the last. */
record ReviewPage(
        List<ReviewItem> items, @JsonProperty("next_before") UUID nextBefore) {

    ReviewPage {
        items = List.copyOf(items);
    }
}
