package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reviewed phrase lists of {@code guardrails/crisis-patterns.txt}, compiled into one matcher: every signal
 * phrase is an alternative of a single pattern, with a named group per section, so the text is scanned once per
 * reading instead of once per phrase. Idioms of the {@code [exclude]} section are hidden first, also in one pass.
 */
final class LexiconLayer implements CrisisLayer {

    static final String NAME = "lexicon";

    /** Each section's level and warning-sign category; a section not listed here counts as high risk. */
    private static final Map<String, Grade> GRADES = Map.of(
            "suicidal_ideation", new Grade(CrisisRisk.HIGH, "active_ideation"),
            "preparatory", new Grade(CrisisRisk.HIGH, "preparatory"),
            "farewell", new Grade(CrisisRisk.HIGH, "farewell"),
            "self_harm", new Grade(CrisisRisk.HIGH, "self_injury"),
            "passive_death_wish", new Grade(CrisisRisk.CONCERN, "passive_wish"),
            "hopelessness", new Grade(CrisisRisk.CONCERN, "hopelessness_trapped"),
            "burden", new Grade(CrisisRisk.CONCERN, "burden"),
            "method_or_place", new Grade(CrisisRisk.HIGH, "method_or_place"),
            "plan_or_intent", new Grade(CrisisRisk.HIGH, "plan_or_intent"));

    private static final String HIDDEN = "_";

    /**
     * Every phrase starts at a word edge ({@link PhrasePattern}); checked once in front of the alternation, a
     * position inside a word fails at once instead of once per phrase (most of the matching time before).
     */
    private static final String WORD_START = PhrasePattern.WORD_EDGE_BEFORE;

    private final Pattern exclusions;

    private final Pattern signals;

    private final List<String> sections = new ArrayList<>();

    LexiconLayer(Map<String, List<String>> signalSections, List<String> excluded, TextNormalizer normalizer) {
        this.exclusions = Pattern.compile(WORD_START + "(?:" + alternatives(excluded, normalizer) + ")");
        // Higher levels first: at one position the first alternative wins, and a high finding must not be lost.
        StringBuilder all = new StringBuilder();
        signalSections.entrySet().stream()
                .sorted((a, b) ->
                        grade(b.getKey()).level().compareTo(grade(a.getKey()).level()))
                .forEach(section -> {
                    if (!all.isEmpty()) {
                        all.append('|');
                    }
                    all.append("(?<s")
                            .append(sections.size())
                            .append('>')
                            .append(alternatives(section.getValue(), normalizer))
                            .append(')');
                    sections.add(section.getKey());
                });
        this.signals = Pattern.compile(WORD_START + "(?:" + all + ")");
    }

    private static String alternatives(List<String> phrases, TextNormalizer normalizer) {
        if (phrases.isEmpty()) {
            return "(?!)";
        }
        return String.join(
                "|",
                phrases.stream()
                        .map(p -> PhrasePattern.compile(p, normalizer).pattern())
                        .toList());
    }

    private static Grade grade(String section) {
        return GRADES.getOrDefault(section, new Grade(CrisisRisk.HIGH, section));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrisisAssessment assess(CrisisText text, CrisisAssessment earlier) {
        CrisisAssessment found = earlier;
        for (String reading : text.readings()) {
            Matcher matcher = signals.matcher(exclusions.matcher(reading).replaceAll(HIDDEN));
            while (matcher.find()) {
                String section = matchedSection(matcher);
                Grade grade = grade(section);
                found = found.and(CrisisAssessment.found(grade.level(), grade.category(), NAME + ":" + section));
            }
        }
        return found;
    }

    private String matchedSection(Matcher matcher) {
        for (int i = 0; i < sections.size(); i++) {
            if (matcher.start("s" + i) >= 0) {
                return sections.get(i);
            }
        }
        throw new IllegalStateException("a match outside every section");
    }

    private record Grade(CrisisRisk level, String category) {}
}
