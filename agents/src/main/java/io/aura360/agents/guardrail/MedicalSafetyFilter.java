package io.aura360.agents.guardrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Removes model recommendations that a wellbeing coach must not give: a diagnosis ("you have depression",
 * "tienes ansiedad"), a drug, dose or change of treatment ("take 500 mg", "melatonina 3 mg"), or advice
 * that conflicts with the user's medical flags (alcohol or saunas in pregnancy, fasting with diabetes or an
 * eating-disorder history, energy drinks with hypertension, HIIT with a heart condition without clearance).
 * The rules are a data file, {@code guardrails/medical-rules.txt}, so that clinicians can review them.
 *
 * <p>
 * Removing is the only action: a risky sentence is never rewritten, because a rewrite could change its
 * meaning and would no longer match its cited evidence. The filter checks English and Spanish phrases
 * whatever the answer's locale, because a model may answer in either or mix them.
 */
public final class MedicalSafetyFilter {

    static final String DEFAULT_RULES = "/guardrails/medical-rules.txt";

    private static final String FLAG_PREFIX = "flag ";

    private final TextNormalizer normalizer = TextNormalizer.forKeywords();

    private final PhraseList masks;

    private final PhraseList negations;

    private final List<MedicalRule> forEveryone = new ArrayList<>();

    /** Whether any rule of {@link #forEveryone} could apply: most text matches none, and is scanned once. */
    private final PhraseList anyForEveryone;

    private final Map<String, List<MedicalRule>> byFlag = new LinkedHashMap<>();

    public MedicalSafetyFilter() {
        this(DEFAULT_RULES);
    }

    MedicalSafetyFilter(String rulesResource) {
        Map<String, List<String>> sections = RuleFile.sections(rulesResource);
        masks = PhraseList.compile(sections.getOrDefault("mask", List.of()), normalizer);
        negations = PhraseList.compile(sections.getOrDefault("negation", List.of()), normalizer);
        sections.forEach((name, lines) -> {
            switch (name) {
                case "mask", "negation" -> {}
                case "diagnosis" -> forEveryone.addAll(rules(lines, "diagnosis: "));
                case "medication" -> forEveryone.addAll(rules(lines, "medication or dosing: "));
                default -> {
                    if (!name.startsWith(FLAG_PREFIX)) {
                        throw new IllegalStateException(rulesResource + ": unknown section [" + name + "]");
                    }
                    String flag = flagKey(name.substring(FLAG_PREFIX.length()));
                    byFlag.put(flag, rules(lines, "conflicts with " + flag + ": "));
                }
            }
        });
        anyForEveryone =
                PhraseList.anyOf(forEveryone.stream().map(MedicalRule::phrase).toList());
    }

    /**
     * Why {@code text} (any model-written sentence: a summary title or message as well as a recommendation)
     * must not reach a user with these medical flags, or empty when it may. Flags are matched case-insensitively
     * ({@code "Pregnancy"} is {@code pregnancy}); a flag without rules refuses nothing. Both languages' rules
     * always apply, whatever the answer's locale.
     */
    public Optional<String> reasonToRefuse(String text, List<String> medicalFlags) {
        return (text == null) ? Optional.empty() : reasonToRemove(text, flagRules(medicalFlags));
    }

    private List<MedicalRule> flagRules(List<String> medicalFlags) {
        return (medicalFlags == null)
                ? List.of()
                : medicalFlags.stream()
                        .filter(Objects::nonNull)
                        .map(MedicalSafetyFilter::flagKey)
                        .distinct()
                        .flatMap(flag -> byFlag.getOrDefault(flag, List.of()).stream())
                        .toList();
    }

    /** The user's own conditions come first: "conflicts with hypertension" says more than "medication". */
    private Optional<String> reasonToRemove(String text, List<MedicalRule> flagRules) {
        String whole = normalizer.text(text);
        String masked = masks.hide(whole);
        String affirmed = negations.hide(masked);
        return flagRules.stream()
                .filter(rule -> rule.applies(affirmed, whole))
                .findFirst()
                .or(() -> anyForEveryone.matches(masked)
                        ? forEveryone.stream()
                                .filter(rule -> rule.applies(masked, whole))
                                .findFirst()
                        : Optional.empty())
                .map(MedicalRule::reason);
    }

    private List<MedicalRule> rules(List<String> lines, String reasonPrefix) {
        return lines.stream()
                .map(line -> MedicalRule.parse(line, reasonPrefix, normalizer))
                .toList();
    }

    private static String flagKey(String flag) {
        return flag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
