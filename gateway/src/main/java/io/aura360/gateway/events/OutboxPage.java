package io.aura360.gateway.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** A page of entries in the relay's order (oldest first); {@code next_after} continues it, null on the last page. */
record OutboxPage(
        List<OutboxEntry> entries,
        @JsonProperty("next_after") UUID nextAfter) {

    OutboxPage {
        entries = List.copyOf(entries);
    }
}
