package io.aura360.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharacterCheckTest {

    @Test
    void acceptsTabsLineBreaksAndPairedSurrogates() {
        assertThat(ControlCharacterCheck.isPlainText("sleep\tbadly\nsince May\r\nand I am tired 😴"))
                .isTrue();
        assertThat(ControlCharacterCheck.isPlainText("")).isTrue();
    }

    @Test
    void refusesNulEscapeDeleteAndOtherControlCharacters() {
        assertThat(ControlCharacterCheck.isPlainText("sleep\u0000")).isFalse();
        assertThat(ControlCharacterCheck.isPlainText("\u001b[31mred")).isFalse();
        assertThat(ControlCharacterCheck.isPlainText("back\u007f")).isFalse();
        assertThat(ControlCharacterCheck.isPlainText("next\u0085line")).isFalse();
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertThat(ControlCharacterCheck.isPlainText("lone \ud83d high")).isFalse();
        assertThat(ControlCharacterCheck.isPlainText("lone \ude34 low")).isFalse();
        assertThat(ControlCharacterCheck.isPlainText("ends high \ud83d")).isFalse();
    }
}
