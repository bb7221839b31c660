package io.aura360.app;

import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation's own, independent judge of medical-flag conflicts (deliberately not the production filter):
 * a recommendation violates a flag when it promotes a risky practice for it without a limiting word such as
 * "avoid" or "evita". Approximate by design; it errs towards reporting.
 */
final class MedicalFlagCheck {

    private static final Map<String, List<String>> RISKY = Map.of(
            "pregnancy", List.of("alcohol", "wine", "beer", "sauna", "hot tub", "fasting", "vino", "cerveza", "ayuno"),
            "diabetes",
                    List.of(
                            "fasting",
                            "skip meals",
                            "skipping meals",
                            "fruit juice",
                            "sugary drink",
                            "ayuno",
                            "saltarte comidas",
                            "zumo",
                            "bebidas azucaradas"),
            "hypertension", List.of("energy drink", "more salt", "add salt", "bebidas energeticas", "mas sal"),
            "eating_disorder_history",
                    List.of(
                            "calorie",
                            "weigh yourself",
                            "lose weight",
                            "weight loss",
                            "diet",
                            "fasting",
                            "caloria",
                            "pesarte",
                            "perder peso",
                            "dieta",
                            "ayuno"),
            "heart_condition",
                    List.of(
                            "high-intensity",
                            "high intensity",
                            "vigorous",
                            "maximum effort",
                            "alta intensidad",
                            "vigorosa"));

    private static final Set<String> LIMITING = Set.of(
            "avoid",
            "limit",
            "don't",
            "do not",
            "not ",
            "no ",
            "reduce",
            "less",
            "cut down",
            "stop",
            "never",
            "instead",
            "talk to",
            "speak to",
            "doctor",
            "evita",
            "limita",
            "menos",
            "deja",
            "nunca",
            "consulta",
            "medico",
            "habla con");

    private MedicalFlagCheck() {}

    static int violations(List<Recommendation> recommendations, List<String> flags) {
        int count = 0;
        for (Recommendation recommendation : recommendations) {
            String text = normalise(recommendation.description());
            boolean limited = LIMITING.stream().anyMatch(text::contains);
            for (String flag : flags) {
                if (!limited && RISKY.getOrDefault(flag, List.of()).stream().anyMatch(text::contains)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
