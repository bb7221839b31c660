package io.aura360.agents.guardrail;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The exemplar bank's embeddings, computed when the agents are built and shipped beside the bank, so a start reads
 * a few megabytes instead of embedding thousands of lines. The file is keyed by a digest of the model's name and
 * every embedded text in order: when the bank or the model changes and the file was not rebuilt, the key differs and
 * the bank is embedded at start as before, so a stale file can cost time but never a wrong vector.
 */
final class ExemplarVectors {

    static final String RESOURCE = "/guardrails/crisis-exemplars.vectors";

    private ExemplarVectors() {}

    /** The key of {@code texts} embedded by the model called {@code model}. */
    static String key(String model, List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update((byte) '\n');
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The vectors stored under {@code key} in the classpath resource, if it is there and was built for that key. */
    static Optional<List<float[]>> read(String key) {
        InputStream resource = ExemplarVectors.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
            if (!in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int count = in.readInt();
            int dimensions = in.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.add(vector);
            }
            return Optional.of(vectors);
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} already holds the vectors of {@code key}: the build then leaves it as it is. */
    static boolean holds(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return in.readUTF().equals(key);
        } catch (IOException ex) {
            return false;
        }
    }

    static void write(Path file, String key, List<float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeUTF(key);
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
