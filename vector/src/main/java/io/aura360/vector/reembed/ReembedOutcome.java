package io.aura360.vector.reembed;

import java.util.List;

/** How a re-embedding run ended. */
public sealed interface ReembedOutcome {

    String summary();

    /** The served collection already holds vectors of the target model; nothing was built. */
    record UpToDate(String collection, String modelId) implements ReembedOutcome {
        @Override
        public String summary() {
            return collection + " is up to date with " + modelId;
        }
    }

    /** A new collection was built, passed the smoke queries, and the alias now points at it. */
    record Swapped(String alias, String from, String to, String modelId, int chunks) implements ReembedOutcome {
        @Override
        public String summary() {
            return "re-embedded " + chunks + " chunks with " + modelId + " into " + to + "; alias " + alias
                    + " moved from " + from + " to " + to;
        }
    }

    /** The new collection failed verification and was dropped; the alias still points at the old one. */
    record Rejected(String alias, String kept, String dropped, List<String> failures) implements ReembedOutcome {
        @Override
        public String summary() {
            return "re-embedded collection " + dropped + " failed its smoke checks and was dropped; " + alias
                    + " still serves " + kept + ": " + String.join("; ", failures);
        }
    }
}
