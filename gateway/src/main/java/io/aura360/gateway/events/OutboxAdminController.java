package io.aura360.gateway.events;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/outbox} (admin scope, enforced by the security configuration): the events waiting for
 * the relay and the dead letters, read-only. A dead letter is not sent again from here: re-sending an event that
 * failed ten times would stop the relay's ordered passes behind it.
 */
@RestController
class OutboxAdminController {

    private final OutboxEntries entries;

    OutboxAdminController(OutboxEntries entries) {
        this.entries = entries;
    }

    @GetMapping(path = "/api/v1/admin/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    OutboxPage list(
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "after", required = false) String after) {
        return entries.page(OutboxListing.of(state, limit, after));
    }
}
