package io.aura360.agents.pipeline;

import java.util.Locale;

/** The answer languages: Spanish and English. Regional tags fold to their language; others get English. */
final class SupportedLocale {

    private SupportedLocale() {}

    static String of(String requested) {
        String language = (requested == null)
                ? ""
                : requested.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return "es".equals(language) ? "es" : "en";
    }
}
