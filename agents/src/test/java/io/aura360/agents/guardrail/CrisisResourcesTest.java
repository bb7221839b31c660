package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.guardrail.CrisisResponse.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisResourcesTest {

    private final CrisisResources resources = new CrisisResources();

    @Test
    void spanishPointsToLine024And112AndToTheLocalNumberAbroad() {
        CrisisResponse response = resources.forLocale("es");

        assertThat(response.message())
                .contains("024", "112", "24 horas", "gratuita", "otro país, llama al número de emergencias local");
        assertThat(response.resources())
                .extracting(Resource::contact)
                .anySatisfy(contact -> assertThat(contact).contains("024"))
                .anySatisfy(contact -> assertThat(contact).contains("112"));
        assertThat(response.resources())
                .extracting(Resource::url)
                .contains("https://www.sanidad.gob.es/linea024/", "tel:112");
    }

    @Test
    void englishPointsTo988SamaritansAndEmergencyNumbers() {
        CrisisResponse response = resources.forLocale("en");

        assertThat(response.message())
                .contains("Call or text 988", "Samaritans", "116 123", "911", "999", "112", "local emergency number");
        assertThat(response.resources())
                .extracting(Resource::url)
                .contains("https://988lifeline.org/", "https://www.samaritans.org/", "tel:911", "tel:999", "tel:112");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ES", "es-MX", "es_ES", " es "})
    void anySpanishTagGetsTheSpanishResponse(String locale) {
        assertThat(resources.forLocale(locale)).isEqualTo(resources.forLocale("es"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"en-GB", "fr", "pt-BR", "de"})
    void anyOtherLanguageGetsTheEnglishResponseWithItsLocalNumberAdvice(String locale) {
        CrisisResponse response = resources.forLocale(locale);

        assertThat(response).isEqualTo(resources.forLocale("en"));
        assertThat(response.message()).contains("Anywhere else, call your local emergency number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void everyResourceHasANameAContactAndALinkAClientCanOpen(String locale) {
        CrisisResponse response = resources.forLocale(locale);

        assertThat(response.title()).isNotBlank();
        assertThat(response.resources()).isNotEmpty().allSatisfy(resource -> {
            assertThat(resource.name()).isNotBlank();
            assertThat(resource.contact()).isNotBlank();
            assertThat(resource.url()).matches("https://\\S+|tel:\\d+");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "es,ES,024",
                "es,MX,800 911 2000",
                "es,CO,106",
                "es,AR,0800 345 1435",
                "en,US,988",
                "en,GB,116 123",
                "en,UK,116 123"
            })
    void theUsersCountryChoosesItsOwnLines(String row) {
        String[] parts = row.split(",", 3);

        CrisisResponse response = resources.forPerson(parts[0], parts[1]);

        assertThat(response.message()).contains(parts[2]).doesNotContain("local emergency number", "otro país");
        assertThat(resources.gentleNote(parts[0], parts[1])).contains(parts[2]);
    }

    @Test
    void anUncoveredCountryFallsBackToTheLanguagesLines() {
        assertThat(resources.forPerson("es", "PE")).isEqualTo(resources.forLocale("es"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void givesNoAdviceOnlyEncouragementToReachOut(String locale) {
        String text = resources.forLocale(locale).message().toLowerCase();

        assertThat(text).doesNotContain("exercise", "sleep", "breath", "ejercicio", "dormir", "respira", "mg");
    }
}
