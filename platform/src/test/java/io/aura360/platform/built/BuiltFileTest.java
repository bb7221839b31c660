package io.aura360.platform.built;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltFileTest {

    @Test
    void keysTellPartsApartWhateverTheyContain() {
        assertThat(BuiltFile.key(List.of("a\nb"))).isNotEqualTo(BuiltFile.key(List.of("a", "b")));
        assertThat(BuiltFile.key(List.of("ab", ""))).isNotEqualTo(BuiltFile.key(List.of("a", "b")));
        assertThat(BuiltFile.key(List.of("a", "b"))).isEqualTo(BuiltFile.key(List.of("a", "b")));
    }

    @Test
    void aFileIsReadOnlyUnderItsOwnKey(@TempDir Path dir) {
        Path file = dir.resolve("x.bin");
        BuiltFile.write(file, "k1", out -> BuiltFile.writeFloats(out, new float[] {1, 2, 3}));

        assertThat(BuiltFile.read(file, "k1", in -> BuiltFile.readFloats(in, 3)))
                .hasValueSatisfying(floats -> assertThat(floats).containsExactly(1, 2, 3));
        assertThat(BuiltFile.read(file, "k2", in -> BuiltFile.readFloats(in, 3)))
                .isEmpty();
        assertThat(BuiltFile.holds(file, "k1")).isTrue();
        assertThat(BuiltFile.holds(dir.resolve("missing"), "k1")).isFalse();
    }

    @Test
    void intsAndFloatsReadBackAsWrittenWhateverTheirBits(@TempDir Path dir) {
        Path file = dir.resolve("x.bin");
        int[] ints = {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x01020304};
        float[] floats = {-0.0f, Float.NaN, Float.MIN_VALUE, Float.NEGATIVE_INFINITY};
        BuiltFile.write(file, "k", out -> {
            BuiltFile.writeInts(out, ints);
            BuiltFile.writeFloats(out, floats);
            out.writeInt(7);
        });

        assertThat(BuiltFile.read(file, "k", in -> {
                    assertThat(BuiltFile.readInts(in, ints.length)).containsExactly(ints);
                    assertThat(BuiltFile.readFloats(in, floats.length)).containsExactly(floats);
                    return in.readInt();
                }))
                .as("each value takes four bytes, big-endian, as DataOutputStream writes")
                .contains(7);
    }

    @Test
    void aBodyThatDoesNotReadIsNoFileAtAll(@TempDir Path dir) {
        Path file = dir.resolve("x.bin");
        BuiltFile.write(file, "k1", out -> out.writeInt(-1));

        assertThat(BuiltFile.read(file, "k1", in -> BuiltFile.readFloats(in, in.readInt())))
                .isEmpty();
        assertThat(BuiltFile.read(file, "k1", in -> BuiltFile.readFloats(in, 10)))
                .as("cut short")
                .isEmpty();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheEarlierFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.bin");
        BuiltFile.write(file, "old", out -> BuiltFile.writeFloats(out, new float[] {1}));

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> BuiltFile.write(file, "new", out -> {
                    BuiltFile.writeFloats(out, new float[1 << 16]);
                    throw new IOException("disk full");
                }));

        assertThat(BuiltFile.holds(file, "old")).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theCodeDigestFollowsTheClassesBytes() {
        assertThat(BuiltFile.codeDigest(BuiltFile.class)).isEqualTo(BuiltFile.codeDigest(BuiltFile.class));
        assertThat(BuiltFile.codeDigest(BuiltFile.class)).isNotEqualTo(BuiltFile.codeDigest(BuiltFileTest.class));
        assertThat(BuiltFile.codeDigest(BuiltFile.Reader.class)).isNotEqualTo(BuiltFile.codeDigest(BuiltFile.class));
    }
}
