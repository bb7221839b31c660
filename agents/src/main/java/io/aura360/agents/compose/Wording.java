package io.aura360.agents.compose;

import io.aura360.contracts.Category;
import java.util.Map;

/**
 * The composer's fixed phrases in each supported language (the evidence itself is quoted, not translated).
 * {@code introOne}/{@code introMany} take the count and the category phrase of {@code ofCategory}.
 */
record Wording(
        String titleFormat,
        String introOne,
        String introMany,
        String noEvidence,
        String goalFormat,
        String emptyProfile,
        Map<Category, String> names,
        Map<Category, String> ofCategory) {

    static final String CHECK_IN = "check_in_on_progress";

    static final String COMPLETE_PROFILE = "complete_profile";

    static final Wording ENGLISH = new Wording(
            "Your %s plan",
            "Here is %d evidence-based step for your %s wellbeing, linked to its source.",
            "Here are %d evidence-based steps for your %s wellbeing, each linked to its source.",
            "We found no trusted source for this request yet, so we are not giving advice on it.",
            " They take into account your goal: %s.",
            " Tell us about your habits and goals to make the next answer more personal.",
            Map.of(Category.MIND, "mind", Category.BODY, "body", Category.SOUL, "soul"),
            Map.of(Category.MIND, "mind", Category.BODY, "body", Category.SOUL, "soul"));

    static final Wording SPANISH = new Wording(
            "Tu plan para %s",
            "Aquí tienes %d paso basado en evidencia para el bienestar %s, con su fuente.",
            "Aquí tienes %d pasos basados en evidencia para el bienestar %s, cada uno con su fuente.",
            "Aún no hemos encontrado una fuente fiable para esta petición, así que no damos consejos sobre ella.",
            " Tienen en cuenta tu objetivo: %s.",
            " Cuéntanos tus hábitos y objetivos para que la próxima respuesta sea más personal.",
            Map.of(Category.MIND, "la mente", Category.BODY, "el cuerpo", Category.SOUL, "el alma"),
            Map.of(Category.MIND, "de la mente", Category.BODY, "del cuerpo", Category.SOUL, "del alma"));

    static Wording of(String locale) {
        return "es".equals(locale) ? SPANISH : ENGLISH;
    }

    String title(Category category) {
        return String.format(titleFormat, names.get(category));
    }

    String intro(int count, Category category) {
        return String.format(count == 1 ? introOne : introMany, count, ofCategory.get(category));
    }
}
