package io.aura360.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class CategoryTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTheSpanishAliasesAsTheirCanonicalCategory() {
        assertThat(Category.parse("mente")).contains(Category.MIND);
        assertThat(Category.parse(" Cuerpo ")).contains(Category.BODY);
        assertThat(Category.parse("ALMA")).contains(Category.SOUL);
        assertThat(Category.parse("espiritu")).isEmpty();
    }

    @Test
    void writesTheCanonicalNameWhateverWasRead() {
        Category read = json.readValue("\"alma\"", Category.class);

        assertThat(read).isEqualTo(Category.SOUL);
        assertThat(json.writeValueAsString(read)).isEqualTo("\"soul\"");
    }

    @Test
    void refusesAnUnknownNameOnTheWire() {
        assertThatThrownBy(() -> json.readValue("\"spirit\"", Category.class))
                .isInstanceOf(ValueInstantiationException.class);
    }
}
