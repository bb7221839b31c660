package io.aura360.vector.smoke;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed smoke file ({@code knowledge/smoke-queries.json}, bundled on the classpath), or another file
 * given by path: a JSON array of {@link SmokeQuery}.
 */
public final class SmokeQueries {

    public static final String CLASSPATH_FILE = "knowledge/smoke-queries.json";

    private SmokeQueries() {}

    /** Reads {@code path} when set, the bundled file otherwise. */
    public static List<SmokeQuery> load(Path path) {
        try (InputStream in = (path != null)
                ? Files.newInputStream(path)
                : SmokeQueries.class.getClassLoader().getResourceAsStream(CLASSPATH_FILE)) {
            if (in == null) {
                throw new IllegalStateException("no smoke file: " + CLASSPATH_FILE + " is not on the classpath");
            }
            List<SmokeQuery> queries =
                    JsonMapper.builder().build().readValue(in, new TypeReference<List<SmokeQuery>>() {});
            if (queries.isEmpty()) {
                throw new IllegalStateException("the smoke file holds no query");
            }
            return queries;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the smoke file " + (path != null ? path : CLASSPATH_FILE), ex);
        }
    }
}
