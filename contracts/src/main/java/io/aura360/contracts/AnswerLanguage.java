package io.aura360.contracts;

import java.util.Locale;

/**
 * The languages AURA360 answers in: Spanish and English. A request's locale picks one — regional tags fold to their
 * language ({@code es-MX}, {@code es_AR} are Spanish), anything else or nothing is English — and the agents'
 * prompts, the crisis resources, the fallback evidence and the profile matching all key on that one choice.
 */
public final class AnswerLanguage {

    public static final String SPANISH = "es";

    public static final String ENGLISH = "en";

    private AnswerLanguage() {}

    /** {@value #SPANISH} or {@value #ENGLISH} for a requested locale such as {@code es-MX}, {@code en} or null. */
    public static String of(String locale) {
        String language =
                (locale == null) ? "" : locale.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return SPANISH.equals(language) ? SPANISH : ENGLISH;
    }

    /** Whether {@code locale} is answered in Spanish. */
    public static boolean spanish(String locale) {
        return SPANISH.equals(of(locale));
    }
}
