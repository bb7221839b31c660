package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiScrubberTest {

    private final PiiScrubber scrubber = new PiiScrubber();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
			write to ana.garcia+test@example.co.uk please            | write to [email] please
			Mi correo es LUIS_77@Correo.es.                          | Mi correo es [email].
			call me on +34 612 345 678 after work                    | call me on [phone] after work
			mi móvil es 612345678                                    | mi móvil es [phone]
			el fijo: 91 123 45 67                                    | el fijo: [phone]
			+34612345678                                             | [phone]
			office (555) 123-4567, cell 555-123-4567                 | office [phone], cell [phone]
			US number +1 555 123 4567 or 555.123.4567                | US number [phone] or [phone]
			London +44 20 7946 0958                                  | London [phone]
			ring me at 07700 900123                                  | ring me at [phone]
			teléfono 600-123-456                                     | teléfono [phone]
			born 1990-01-31                                          | born [date]
			seen at 2026-01-31T10:15:00Z                             | seen at [date]
			nací el 31/01/1990                                       | nací el [date]
			on 01.02.24 and 3-4-2025                                 | on [date] and [date]
			nací el 31 de enero de 1990 en Sevilla                   | nací el [date] en Sevilla
			born January 31, 1990 in Leeds                           | born [date] in Leeds
			born 31st of January 1990                                | born [date]
			reset at https://app.example.com/reset?token=abc&u=42 now | reset at [url] now
			my name is Ana García and I sleep badly                  | my name is [name] and I sleep badly
			Me llamo lucía y duermo mal                              | Me llamo [name] y duermo mal
			Mi nombre es José Luis Pérez.                            | Mi nombre es [name].
			RESET AT HTTPS://APP.EXAMPLE.COM/RESET?TOKEN=ABC NOW      | RESET AT [url] NOW
			see WWW.Example.com/r?id=42                              | see [url]
			MY NAME IS Ana and I sleep badly                         | MY NAME IS [name] and I sleep badly
			ME LLAMO Lucía                                           | ME LLAMO [name]
			I'm Called Ana                                           | I'm Called [name]
			""")
    void replacesPersonalIdentifiersWithPlaceholders(String text, String expected) {
        assertThat(scrubber.scrub(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I sleep 7 hours and walk 150 minutes a week.",
                "Aim for 10,000 steps or 10.000 pasos.",
                "Blood pressure 120/80, resting pulse 62.",
                "Weight 72.5 kg, 3 x 30 min sessions.",
                "Between 2026 and 2030 the plan changes; 1500-2000 kcal is a range.",
                "Bed at 22:30, up at 06:45.",
                "Read https://www.nhs.uk/live-well/sleep-and-tiredness/ for more.",
                "Call 112 or 024 if you need help.",
                "Drink 2 litres of water and sleep 8 h.",
                "Llama al 024 o al 112.",
                "Try 2000 2500 3000 kcal days.",
                "My name is not important here."
            })
    void leavesOrdinaryNumbersAndPlainLinksAlone(String text) {
        assertThat(scrubber.scrub(text)).isEqualTo(text);
    }

    @Test
    void scrubsEveryStringInsideNestedMapsAndListsButNotKeysOrOtherValues() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("email", "ana@example.com");
        inner.put("age", 34);
        List<Object> notes = new ArrayList<>();
        notes.add("call +34 612 345 678");
        notes.add(7);
        notes.add(null);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("profile", inner);
        context.put("notes", notes);
        context.put("sleep", "7 hours");
        context.put("flag", true);

        Map<String, Object> scrubbed = scrubber.scrub(context);

        assertThat(scrubbed).containsOnlyKeys("profile", "notes", "sleep", "flag");
        assertThat(scrubbed.get("profile")).isEqualTo(Map.of("email", "[email]", "age", 34));
        assertThat(scrubbed.get("notes")).isEqualTo(Arrays.asList("call [phone]", 7, null));
        assertThat(scrubbed).containsEntry("sleep", "7 hours").containsEntry("flag", true);
    }

    @Test
    void leavesTheCallersMapUntouchedAndKeepsItsOrder() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("b", "me llamo Ana");
        context.put("a", "fine");

        Map<String, Object> scrubbed = scrubber.scrub(context);

        assertThat(context).containsEntry("b", "me llamo Ana");
        assertThat(scrubbed.keySet()).containsExactly("b", "a");
        assertThat(scrubbed).containsEntry("b", "me llamo [name]");
    }

    @Test
    void passesNullAndEmptyThrough() {
        assertThat(scrubber.scrub((String) null)).isNull();
        assertThat(scrubber.scrub("")).isEmpty();
        assertThat(scrubber.scrub((Map<String, Object>) null)).isNull();
        assertThat(scrubber.scrub(Map.of())).isEmpty();
    }
}
