package io.aura360.agents.guardrail;

import io.aura360.agents.guardrail.CrisisResponse.Resource;
import java.util.List;
import java.util.Locale;

/**
 * The crisis message and help lines for the user's language. The wording follows safe-messaging practice
 * (acknowledge, say help exists, give a concrete next step, no judgement, no mention of methods) and is
 * fixed text so that no model ever decides what a person in crisis reads. Spanish points to Spain's 024
 * line; English to the US 988 Lifeline and Samaritans in the UK and Ireland; both end with the local
 * emergency number, because the user's country is not known. Any other language gets the English text.
 */
public final class CrisisResources {

    private static final CrisisResponse SPANISH = new CrisisResponse(
            "Hay ayuda disponible ahora mismo",
            "Gracias por contarlo. Lo que sientes importa y no tienes por qué pasar por esto a solas. "
                    + "Si estás pensando en quitarte la vida o en hacerte daño, llama ahora al 024, la línea de "
                    + "atención a la conducta suicida: es gratuita, confidencial y atiende las 24 horas. "
                    + "Si tu vida corre peligro inmediato, llama al 112. "
                    + "Si estás fuera de España, llama al número de emergencias local.",
            List.of(
                    new Resource(
                            "024 · Línea de atención a la conducta suicida (España)",
                            "Llama al 024 (gratuita, 24 horas)",
                            "https://www.sanidad.gob.es/linea024/"),
                    new Resource("Emergencias (España y Unión Europea)", "Llama al 112", "tel:112")));

    private static final CrisisResponse ENGLISH = new CrisisResponse(
            "Help is available right now",
            "Thank you for telling us. What you are feeling matters, and you do not have to go through this alone. "
                    + "If you are thinking about ending your life or harming yourself, please reach out now: "
                    + "in the US, call or text 988 (Suicide & Crisis Lifeline); in the UK and Ireland, call "
                    + "Samaritans free on 116 123, any time. If you are in immediate danger, call 911 in the US, "
                    + "999 in the UK or 112 in Ireland and the EU. Anywhere else, call your local emergency number.",
            List.of(
                    new Resource("988 Suicide & Crisis Lifeline (US)", "Call or text 988", "https://988lifeline.org/"),
                    new Resource(
                            "Samaritans (UK & Ireland)",
                            "Call 116 123 (free, 24 hours)",
                            "https://www.samaritans.org/"),
                    new Resource("Emergency services (US)", "Call 911", "tel:911"),
                    new Resource("Emergency services (UK)", "Call 999", "tel:999"),
                    new Resource("Emergency services (Ireland & EU)", "Call 112", "tel:112")));

    /** The response for a language tag such as {@code es}, {@code es-MX} or {@code en_GB}. */
    public CrisisResponse forLocale(String locale) {
        String language =
                (locale == null) ? "" : locale.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return "es".equals(language) ? SPANISH : ENGLISH;
    }
}
