package io.aura360.gateway.enrichment;

import java.util.UUID;

/**
 * The request lifecycle as enrichment sees it: a request held for profile data is resumed once the data is there,
 * or failed when it did not come in time. Implemented by the request lifecycle, so enrichment does not depend on
 * it.
 */
public interface WaitingRequests {

    /** Runs the held request now, with the user's current profile and the message it was asked with. */
    void resume(UUID requestId, String heldMessage);

    /** Fails the held request: the data it waited for did not arrive before its deadline. */
    void expire(UUID requestId);
}
