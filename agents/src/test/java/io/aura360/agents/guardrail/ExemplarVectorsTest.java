package io.aura360.agents.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aura360.agents.model.LocalEmbeddings;
import io.aura360.platform.built.BuiltFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExemplarVectorsTest {

    @Test
    void theBuildStoredTheVectorsOfExactlyTheShippedBankAndModel() {
        TextEmbedder model = LocalEmbeddings.bgeSmall();
        List<String> texts = ExemplarBank.texts(ExemplarBank.defaultLines());

        List<float[]> stored = ExemplarVectors.read(ExemplarVectors.key(model.name(), texts))
                .orElseThrow(() -> new AssertionError(
                        "no stored vectors for the shipped bank: was the build's guardrail-models step skipped?"));

        assertThat(stored).hasSize(texts.size());
        int line = texts.size() / 2;
        assertThat(stored.get(line)).containsExactly(Vectors.unit(model.embed(texts.get(line))), within(1e-4f));
    }

    @Test
    void anyChangeOfTextOrModelChangesTheKeySoStaleVectorsAreNeverRead() {
        String key = ExemplarVectors.key("bge", List.of("a line", "another"));

        assertThat(ExemplarVectors.key("bge", List.of("a line", "another"))).isEqualTo(key);
        assertThat(ExemplarVectors.key("bge", List.of("a line", "another!"))).isNotEqualTo(key);
        assertThat(ExemplarVectors.key("bge", List.of("another", "a line"))).isNotEqualTo(key);
        assertThat(ExemplarVectors.key("e5", List.of("a line", "another"))).isNotEqualTo(key);
        assertThat(ExemplarVectors.read("not the stored key")).isEmpty();
    }

    @Test
    void aWrittenFileHoldsItsKeyAndNoOther(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("guardrails").resolve("v.vectors");
        ExemplarVectors.write(file, "k1", List.of(new float[] {1, 0}, new float[] {0, 1}));

        assertThat(BuiltFile.holds(file, "k1")).isTrue();
        assertThat(BuiltFile.holds(file, "k2")).isFalse();
        assertThat(BuiltFile.holds(dir.resolve("missing"), "k1")).isFalse();
        Files.writeString(file, "garbage");
        assertThat(BuiltFile.holds(file, "k1")).isFalse();
    }

    @Test
    void anEmbedderWithoutANameAlwaysEmbeds() {
        int[] calls = {0};
        TextEmbedder unnamed = text -> {
            calls[0]++;
            return new float[] {1, 0, 0};
        };
        List<CharGramLayer.Line> lines = List.of(
                new CharGramLayer.Line(new CharGramLayer.Section(CrisisRisk.HIGH, "farewell"), "goodbye all"),
                new CharGramLayer.Line(new CharGramLayer.Section(CrisisRisk.NONE, "idiom"), "dead tired"));

        ExemplarBank bank = ExemplarBank.embed(lines, unnamed);

        assertThat(bank.size()).isEqualTo(2);
        assertThat(calls[0]).isEqualTo(2);
    }
}
