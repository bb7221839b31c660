package io.aura360.vector;

import io.aura360.vector.text.QueryLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what the vector service's first search would otherwise load on the caller's thread, off the start-up's main
 * thread ({@code ServeCommand}): the query-language detector's models, which cost the first search half a second
 * (the start's fallback evidence is such a search, and the server is not ready until it is done). A failure here is
 * only logged, and happens again, with its cause, at the first search.
 */
public final class VectorWarmUp {

    private static final Logger log = LoggerFactory.getLogger(VectorWarmUp.class);

    private VectorWarmUp() {}

    public static void run() {
        try {
            QueryLanguage.load();
        } catch (RuntimeException | LinkageError ex) {
            log.warn("query-language warm-up failed; the first search loads it", ex);
        }
    }
}
