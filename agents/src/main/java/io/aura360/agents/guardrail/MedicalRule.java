package io.aura360.agents.guardrail;

import java.util.List;

/**
 * One line of {@code guardrails/medical-rules.txt}: a phrase that makes a recommendation unsafe, the reason
 * recorded when it does, and an optional phrase that makes it acceptable again (a clinician's clearance).
 */
record MedicalRule(String reason, PhraseList phrase, PhraseList unless) {

    private static final String UNLESS = ";\\s*unless:";

    /** Parses {@code "topic: phrase"} or {@code "topic: phrase ; unless: phrase"}. */
    static MedicalRule parse(String line, String reasonPrefix, TextNormalizer normalizer) {
        int colon = line.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("medical rule must read 'topic: phrase': " + line);
        }
        String topic = line.substring(0, colon).strip();
        String[] parts = line.substring(colon + 1).split(UNLESS, 2);
        PhraseList unless =
                (parts.length == 2) ? PhraseList.compile(List.of(parts[1].strip()), normalizer) : PhraseList.none();
        return new MedicalRule(reasonPrefix + topic, PhraseList.compile(List.of(parts[0].strip()), normalizer), unless);
    }

    /**
     * Whether the rule removes a recommendation. {@code screened} is the description with masks applied;
     * {@code whole} is the full description, where a clearance may appear anywhere.
     */
    boolean applies(String screened, String whole) {
        return phrase.matches(screened) && !unless.matches(whole);
    }
}
