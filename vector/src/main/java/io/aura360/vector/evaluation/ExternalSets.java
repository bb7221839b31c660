package io.aura360.vector.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The external labelled sets in BEIR layout (kept outside the repository, {@code ../shared/eval}): their names,
 * the locale their documents are ingested in and the language their queries are written in.
 */
public enum ExternalSets {
    MEDQUAD_DEV("medquad-dev", "en", "en"),
    XQUAD_DEV_EN("xquad-dev-en", "en", "en"),
    XQUAD_DEV_ES("xquad-dev-es", "es", "es"),
    XQUAD_DEV_ES_EN("xquad-dev-es-en", "en", "es");

    private final String setName;

    private final String corpusLocale;

    private final String queryLanguage;

    ExternalSets(String setName, String corpusLocale, String queryLanguage) {
        this.setName = setName;
        this.corpusLocale = corpusLocale;
        this.queryLanguage = queryLanguage;
    }

    public String setName() {
        return setName;
    }

    /** The set under {@code root}, or empty when its directory is missing. */
    public Optional<LabelledSet> read(Path root) {
        Path dir = root.resolve(setName);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of(BeirFiles.read(dir, setName, corpusLocale, queryLanguage));
    }

    public static List<ExternalSets> all() {
        return List.of(values());
    }
}
