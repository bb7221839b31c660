package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reviewed phrase lists of {@code guardrails/crisis-patterns.txt}, compiled into automata ({@link PhraseList}):
 * one for every signal phrase, read once over the text, and one per section, asked only where the first found a
 * match. Idioms of the {@code [exclude]} section are hidden first, also in one pass, except from the sections in
 * {@link #UNSCREENED}; the sections in {@link #GRADED_ALONE} are read next and their matches hidden from the rest.
 *
 * <p>
 * A phrase written {@code ~phrase} is a <em>mention</em>: the topic's own word ("suicide", "overdose", "cut
 * myself"), which news, history, a denial, a kitchen accident or a question about someone else use as often as a
 * person at risk. With a {@linkplain #corroboratedBy corroborating} layer a mention counts only when that layer
 * also leans towards risk; without one (the lexicon alone, which screens model-written text) it counts as any
 * other phrase.
 */
final class LexiconLayer implements CrisisLayer {

    static final String NAME = "lexicon";

    /** The mark of a mention in the rule file: {@code ~suicid*}. */
    static final String MENTION = "~";

    /** Each section's level and warning-sign category; a section not listed here counts as high risk. */
    private static final Map<String, Grade> GRADES = Map.ofEntries(
            Map.entry("suicidal_ideation", new Grade(CrisisRisk.HIGH, "active_ideation")),
            Map.entry("preparatory", new Grade(CrisisRisk.HIGH, "preparatory")),
            Map.entry("farewell", new Grade(CrisisRisk.HIGH, "farewell")),
            Map.entry("self_harm", new Grade(CrisisRisk.HIGH, "self_injury")),
            Map.entry("passive_death_wish", new Grade(CrisisRisk.CONCERN, "passive_wish")),
            Map.entry("hopelessness", new Grade(CrisisRisk.CONCERN, "hopelessness_trapped")),
            Map.entry("burden", new Grade(CrisisRisk.CONCERN, "burden")),
            Map.entry("method_or_place", new Grade(CrisisRisk.HIGH, "method_or_place")),
            Map.entry("plan_or_intent", new Grade(CrisisRisk.HIGH, "plan_or_intent")),
            Map.entry("imitation", new Grade(CrisisRisk.HIGH, "active_ideation")),
            Map.entry("past_self_harm", new Grade(CrisisRisk.CONCERN, "self_injury")),
            Map.entry("bereaved", new Grade(CrisisRisk.CONCERN, "bereaved_by_suicide")));

    /**
     * Sections read before the exclusions hide anything: their phrases name someone else's suicide on purpose
     * ("my brother died by suicide and i want to do the same"), which the exclusions for someone else's risk hide.
     */
    private static final Set<String> UNSCREENED = Set.of("imitation");

    /**
     * Sections read after the exclusions whose matches are then hidden from the other sections: a relative's death
     * by suicide is graded by its own section, so its word "suicide" must not count again as the writer's ideation.
     */
    private static final Set<String> GRADED_ALONE = Set.of("bereaved");

    private final PhraseList exclusions;

    private final Sections unscreened;

    private final Sections gradedAlone;

    private final Sections screened;

    /** Whether a text that only mentions the topic is at risk; {@code null}: every mention counts. */
    private final Predicate<CrisisText> corroboration;

    LexiconLayer(Map<String, List<String>> signalSections, List<String> excluded, TextNormalizer normalizer) {
        this.exclusions = PhraseList.compile(excluded, normalizer);
        List<Section> sections = new ArrayList<>();
        signalSections.forEach((name, phrases) -> {
            List<String> mentions = phrases.stream()
                    .filter(p -> p.startsWith(MENTION))
                    .map(p -> p.substring(MENTION.length()))
                    .toList();
            List<String> signs =
                    phrases.stream().filter(p -> !p.startsWith(MENTION)).toList();
            if (!signs.isEmpty()) {
                sections.add(new Section(name, grade(name), PhraseList.compile(signs, normalizer), false));
            }
            if (!mentions.isEmpty()) {
                sections.add(new Section(name, grade(name), PhraseList.compile(mentions, normalizer), true));
            }
        });
        sections.sort(Comparator.comparing((Section s) -> s.grade().level()).reversed());
        this.unscreened = Sections.of(
                sections.stream().filter(s -> UNSCREENED.contains(s.name())).toList());
        this.gradedAlone = Sections.of(
                sections.stream().filter(s -> GRADED_ALONE.contains(s.name())).toList());
        this.screened = Sections.of(sections.stream()
                .filter(s -> !UNSCREENED.contains(s.name()) && !GRADED_ALONE.contains(s.name()))
                .toList());
        this.corroboration = null;
    }

    private LexiconLayer(LexiconLayer layer, Predicate<CrisisText> corroboration) {
        this.exclusions = layer.exclusions;
        this.unscreened = layer.unscreened;
        this.gradedAlone = layer.gradedAlone;
        this.screened = layer.screened;
        this.corroboration = corroboration;
    }

    /** The same lists, where a text that only mentions the topic counts when {@code corroboration} accepts it. */
    LexiconLayer corroboratedBy(Predicate<CrisisText> corroboration) {
        return new LexiconLayer(this, corroboration);
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
        Findings findings = new Findings(earlier, CrisisAssessment.NONE);
        for (String reading : text.readings()) {
            findings = unscreened.find(reading, findings);
            String screenedText = exclusions.hide(reading);
            findings = gradedAlone.find(screenedText, findings);
            findings = screened.find(gradedAlone.any().hide(screenedText), findings);
        }
        CrisisAssessment mentioned = findings.mentioned();
        if (!mentioned.risk()
                || mentioned.level().ordinal() <= findings.found().level().ordinal()) {
            return findings.found();
        }
        return (corroboration == null || corroboration.test(text))
                ? findings.found().and(mentioned)
                : findings.found();
    }

    private record Grade(CrisisRisk level, String category) {}

    /** A section's phrases of one kind: signs, which count alone, or {@linkplain #MENTION mentions}. */
    private record Section(String name, Grade grade, PhraseList phrases, boolean mention) {}

    /** What the signs found, and what the mentions would add when corroborated. */
    private record Findings(CrisisAssessment found, CrisisAssessment mentioned) {}

    /**
     * Sections with the automaton of all their phrases, read once over the text; each section is asked only where
     * that one found a match. Higher levels first: where two sections match at one place, the category of the
     * higher one is kept.
     */
    private record Sections(List<Section> sections, PhraseList any) {

        static Sections of(List<Section> sections) {
            return new Sections(
                    sections,
                    PhraseList.anyOf(sections.stream().map(Section::phrases).toList()));
        }

        Findings find(String text, Findings earlier) {
            CrisisAssessment found = earlier.found();
            CrisisAssessment mentioned = earlier.mentioned();
            for (int start : any.matchStarts(text)) {
                for (Section section : sections) {
                    if (section.phrases().matchesAt(text, start)) {
                        Grade grade = section.grade();
                        CrisisAssessment match =
                                CrisisAssessment.found(grade.level(), grade.category(), NAME + ":" + section.name());
                        if (section.mention()) {
                            mentioned = mentioned.and(match);
                        } else {
                            found = found.and(match);
                        }
                    }
                }
            }
            return new Findings(found, mentioned);
        }
    }
}
