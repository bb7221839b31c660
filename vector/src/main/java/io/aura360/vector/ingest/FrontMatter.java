package io.aura360.vector.ingest;

import java.util.Map;
import java.util.Optional;

/** YAML metadata between {@code ---} lines at the top of a Markdown or text document, and the body after it. */
record FrontMatter(Map<String, Object> metadata, String body) {

    private static final String FENCE = "---";

    /** Splits {@code text}, which must start with front matter. */
    static FrontMatter split(String text, String origin) {
        return find(text, origin).orElseThrow(() -> new IllegalArgumentException(origin + ": missing front matter"));
    }

    /** Splits {@code text} if it starts with front matter. */
    static Optional<FrontMatter> find(String text, String origin) {
        String normalised = text.replace("\r\n", "\n").strip();
        if (!normalised.startsWith(FENCE + "\n")) {
            return Optional.empty();
        }
        int end = normalised.indexOf("\n" + FENCE, FENCE.length());
        if (end == FENCE.length()) {
            throw new IllegalArgumentException(origin + ": front matter is empty");
        }
        if (end < 0) {
            throw new IllegalArgumentException(origin + ": front matter is not closed");
        }
        Map<String, Object> metadata = MetadataYaml.mapping(normalised.substring(FENCE.length() + 1, end), origin);
        return Optional.of(new FrontMatter(
                metadata, normalised.substring(end + FENCE.length() + 1).strip()));
    }
}
