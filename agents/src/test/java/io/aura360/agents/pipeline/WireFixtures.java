package io.aura360.agents.pipeline;

import io.aura360.contracts.vector.EvidenceHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the pipeline's wire tests share: evidence hits to cite and recorded model bodies. */
final class WireFixtures {

    private WireFixtures() {}

    /** An evidence hit for {@code sourceId} ({@code document#chunk}) with {@code chunk} as its text. */
    static EvidenceHit hit(String sourceId, String chunk) {
        return new EvidenceHit(sourceId, sourceId.split("#")[0], "https://example.org/" + sourceId, chunk, 0.9);
    }

    /** A recorded response body under {@code src/test/resources/wire/}. */
    static String wire(String path) {
        try (InputStream in = WireFixtures.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded body at wire/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
