package io.aura360.agents.guardrail;

import io.aura360.agents.guardrail.CrisisResponse.Resource;
import io.aura360.contracts.AnswerLanguage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The crisis message and help lines for a person: the lines of their country when the profile knows it, else of
 * their language. Lines are data ({@code guardrails/crisis-resources.txt}, with sources); the wording follows
 * safe-messaging practice (acknowledge, say help exists, give a concrete next step, no judgement, no mention of
 * methods) and is fixed text so that no model ever decides what a person in crisis reads. Any other language gets
 * the English text.
 */
public final class CrisisResources {

    static final String RESOURCE = "/guardrails/crisis-resources.txt";

    private static final Map<String, String[]> WORDING = Map.of(
            "es",
            new String[] {
                "Hay ayuda disponible ahora mismo",
                "Gracias por contarlo. Lo que sientes importa y no tienes por qué pasar por esto a solas. "
                        + "Si estás pensando en quitarte la vida o en hacerte daño, habla ahora con una de estas "
                        + "líneas: son gratuitas y confidenciales. Si tu vida corre peligro inmediato, llama al "
                        + "número de emergencias.",
                "Si en algún momento sientes que no puedes más, no tienes que pasarlo a solas: ",
                "Si estás en otro país, llama al número de emergencias local."
            },
            "en",
            new String[] {
                "Help is available right now",
                "Thank you for telling us. What you are feeling matters, and you do not have to go through this "
                        + "alone. If you are thinking about ending your life or harming yourself, please reach out "
                        + "now to one of these lines: they are free and confidential. If you are in immediate "
                        + "danger, call your emergency number.",
                "If things ever feel like too much, you do not have to carry it alone: ",
                "Anywhere else, call your local emergency number."
            });

    private final Map<String, List<Resource>> lines = new LinkedHashMap<>();

    public CrisisResources() {
        RuleFile.sections(RESOURCE)
                .forEach((section, rows) -> lines.put(
                        section.toLowerCase(Locale.ROOT),
                        rows.stream().map(CrisisResources::resource).toList()));
    }

    private static Resource resource(String row) {
        String[] parts = row.split("\\s*\\|\\s*");
        if (parts.length != 3) {
            throw new IllegalStateException(RESOURCE + ": a line needs 'name | contact | url': " + row);
        }
        return new Resource(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    /** The response for a language tag such as {@code es}, {@code es-MX} or {@code en_GB}, with no known country. */
    public CrisisResponse forLocale(String locale) {
        return forPerson(locale, null);
    }

    /** The response in the user's language with the lines of {@code country} (ISO alpha-2) when it is covered. */
    public CrisisResponse forPerson(String locale, String country) {
        String language = AnswerLanguage.of(locale);
        String[] words = WORDING.get(language);
        List<Resource> resources = lines(language, country);
        StringBuilder message = new StringBuilder(words[1]);
        resources.forEach(r -> message.append(' ')
                .append(r.name())
                .append(": ")
                .append(r.contact())
                .append('.'));
        if (!covers(country)) {
            message.append(' ').append(words[3]);
        }
        return new CrisisResponse(words[0], message.toString(), resources);
    }

    /** One sentence for an answer that still gives advice ({@code concern}): where to turn, gently. */
    public String gentleNote(String locale, String country) {
        String language = AnswerLanguage.of(locale);
        List<Resource> resources = lines(language, country);
        return WORDING.get(language)[2] + resources.getFirst().name() + ", "
                + resources.getFirst().contact() + ".";
    }

    private boolean covers(String country) {
        return lines.containsKey(countryKey(country));
    }

    private List<Resource> lines(String language, String country) {
        return lines.getOrDefault(countryKey(country), lines.get("lang " + language));
    }

    private static String countryKey(String country) {
        String code = (country == null) ? "" : country.strip().toLowerCase(Locale.ROOT);
        return "country " + ("uk".equals(code) ? "gb" : code);
    }
}
