package io.aura360.vector.evaluation;

/**
 * A labelled query. {@code language} is the language it is written in (for per-language figures);
 * {@code locale} is the locale filter the search runs with, as the product's user locale would set it (null
 * searches every locale). A cross-lingual query is written in one language and searched in the other.
 */
public record EvalQuery(String id, String text, String language, String locale) {

    public EvalQuery {
        if (id == null || id.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("an evaluation query needs an id and a text");
        }
    }

    public boolean crossLingual() {
        return locale != null && language != null && !locale.equals(language);
    }
}
