package io.aura360.gateway.agentprofile;

import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentStep;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agent profile must satisfy before it is stored: a pipeline a request can actually run (known models,
 * safe template names, bounded retrieval), so that a typo in the admin API cannot break live requests.
 */
final class AgentProfileRules {

    static final Set<String> MODELS = Set.of("offline", "default", "gemini", "openai");

    static final Set<String> TIERS = Set.of("free", "core", "plus", "premium");

    private static final Pattern NAME = Pattern.compile("^[a-z0-9_-]{2,64}$");

    private static final Pattern AGENT = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

    private static final Pattern TEMPLATE = Pattern.compile("^[a-z0-9_-]{1,40}$");

    private static final Pattern FLAG = Pattern.compile("^[a-z_]{2,40}$");

    private static final int MAX_STEPS = 8;

    private static final int MAX_TOP_K = 20;

    /**
     * The guardrails a step may list. Grounding (every recommendation cites retrieved evidence) and the safety filters
     * run on every step whatever the list says, so only the name of what is always applied is accepted: any other name
     * would look like a setting and do nothing.
     */
    static final Set<String> GUARDRAILS = Set.of("grounding");

    private AgentProfileRules() {}

    static void check(AgentProfile profile) {
        List<Map<String, String>> errors = new ArrayList<>();
        require(
                errors,
                profile.name() != null && NAME.matcher(profile.name()).matches(),
                "name",
                "must be 2-64 characters of a-z, 0-9, _ or -");
        require(
                errors,
                profile.category() != null,
                "category",
                "must be one of mind, body, soul (or mente, cuerpo, alma)");
        require(errors, Math.abs(profile.priority()) <= 1000, "priority", "must be between -1000 and 1000");
        require(
                errors,
                TIERS.containsAll(profile.match().tiers()),
                "match.tiers",
                "must be free, core, plus or premium");
        require(
                errors,
                profile.match().locales().stream().allMatch(l -> l.matches("^[a-z]{2}$")),
                "match.locales",
                "must be two-letter language codes");
        require(
                errors,
                profile.match().medicalFlags().stream()
                        .allMatch(f -> FLAG.matcher(f).matches()),
                "match.medical_flags",
                "must be lowercase flags like diabetes");
        List<AgentStep> pipeline = profile.pipeline();
        require(
                errors,
                !pipeline.isEmpty() && pipeline.size() <= MAX_STEPS,
                "pipeline",
                "must have between 1 and " + MAX_STEPS + " steps");
        for (int i = 0; i < pipeline.size(); i++) {
            checkStep(errors, "pipeline[" + i + "]", pipeline.get(i));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "The agent profile is not valid.", Map.of("errors", errors));
        }
    }

    private static void checkStep(List<Map<String, String>> errors, String at, AgentStep step) {
        require(
                errors,
                step.agent() != null && AGENT.matcher(step.agent()).matches(),
                at + ".agent",
                "must be a lowercase identifier");
        require(errors, MODELS.contains(step.model()), at + ".model", "must be one of " + MODELS);
        require(
                errors,
                step.promptTemplate() != null
                        && TEMPLATE.matcher(step.promptTemplate()).matches(),
                at + ".prompt_template",
                "must be a template name like advice");
        require(errors, step.retrieval() != null, at + ".retrieval", "must be present");
        if (step.retrieval() != null) {
            require(
                    errors,
                    step.retrieval().topK() >= 1 && step.retrieval().topK() <= MAX_TOP_K,
                    at + ".retrieval.top_k",
                    "must be between 1 and " + MAX_TOP_K);
            // Search reads the one collection the vector service serves; a second name could never be searched.
            require(
                    errors,
                    step.retrieval().collections().size() <= 1,
                    at + ".retrieval.collections",
                    "must name at most one collection: search reads the one served collection");
            require(
                    errors,
                    step.retrieval().minConfidence() >= 0 && step.retrieval().minConfidence() <= 1,
                    at + ".retrieval.min_confidence",
                    "must be between 0 and 1");
        }
        require(
                errors,
                GUARDRAILS.containsAll(step.guardrails()),
                at + ".guardrails",
                "may only list " + GUARDRAILS + ", which every step always applies; other guardrails do not exist");
        require(
                errors,
                step.focus().values().stream().allMatch(f -> f != null && f.length() <= 300),
                at + ".focus",
                "entries must be at most 300 characters");
    }

    private static void require(List<Map<String, String>> errors, boolean condition, String field, String message) {
        if (!condition) {
            errors.add(Map.of("field", field, "message", message));
        }
    }
}
