package io.aura360.app.cli;

import io.aura360.vector.embedding.EmbeddingUnavailableException;

/** Turns an exception chain into the one line a person at a terminal needs. */
final class Failures {

    private Failures() {}

    /**
     * The deepest message, which usually names the real cause; an embedding failure is reported by its own
     * message instead, which names the model as well as the upstream's answer.
     */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof EmbeddingUnavailableException) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage();
        return (message == null || message.isBlank()) ? root.getClass().getSimpleName() : message;
    }
}
