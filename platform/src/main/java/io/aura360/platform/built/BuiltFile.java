package io.aura360.platform.built;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A file the build computes from shipped data (the crisis exemplar bank's embeddings and n-gram weights, the starter
 * knowledge base's passage vectors) and a start reads back instead of computing it again. The file begins with its
 * key, a digest of everything it was computed from (the data, and the code that computes it where the caller adds {@link #codeDigest}); a reader asks for the key
 * of what it would compute now, so a file left from other data or code is not read: a stale file costs time. What a
 * key does not cover is the caller's to name (a model id must change when what it computes changes).
 */
public final class BuiltFile {

    /** Reads a body that follows a matching key. */
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Writes the body that follows the key. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private BuiltFile() {}

    /** A SHA-256 over {@code parts} in order, each preceded by its length, so no two lists of parts share a key. */
    public static String key(List<String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(
                        ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * A digest of the bytes of these classes as loaded, for keys: a file computed by code must be computed again when
     * the code changes, even where the change forgot to touch a hand-written recipe.
     */
    public static String codeDigest(Class<?>... classes) {
        List<String> parts = new ArrayList<>();
        for (Class<?> type : classes) {
            String name = type.getName();
            try (InputStream bytes = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
                parts.add(bytes == null ? name : HexFormat.of().formatHex(bytes.readAllBytes()));
            } catch (IOException ex) {
                parts.add(name);
            }
        }
        return key(parts);
    }

    /** The body of the classpath {@code resource}, if it is there and was built for {@code key}. */
    public static <T> Optional<T> read(String resource, String key, Reader<T> reader) {
        InputStream stream = BuiltFile.class.getResourceAsStream(resource);
        if (stream == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            return in.readUTF().equals(key) ? Optional.of(reader.read(in)) : Optional.empty();
        } catch (IOException | RuntimeException ex) {
            // Unreadable or inconsistent: the caller computes what it needs, as without a file.
            return Optional.empty();
        }
    }

    /** The body of {@code file}, if it is there and was built for {@code key}: the build checks what it wrote. */
    public static <T> Optional<T> read(Path file, String key, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return in.readUTF().equals(key) ? Optional.of(reader.read(in)) : Optional.empty();
        } catch (IOException | RuntimeException ex) {
            // Unreadable or inconsistent: the caller computes what it needs, as without a file.
            return Optional.empty();
        }
    }

    /** Whether {@code file} already holds what {@code key} names: the build then leaves it as it is. */
    public static boolean holds(Path file, String key) {
        return read(file, key, in -> true).isPresent();
    }

    /** {@code count} floats written by {@link #writeFloats}, read in one piece rather than one call per float. */
    public static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] floats = new float[count];
        readWords(in, count).asFloatBuffer().get(floats);
        return floats;
    }

    public static void writeFloats(DataOutputStream out, float[] floats) throws IOException {
        ByteBuffer bytes = words(floats.length);
        bytes.asFloatBuffer().put(floats);
        out.write(bytes.array());
    }

    /** {@code count} ints written by {@link #writeInts}, read in one piece. */
    public static int[] readInts(DataInputStream in, int count) throws IOException {
        int[] ints = new int[count];
        readWords(in, count).asIntBuffer().get(ints);
        return ints;
    }

    public static void writeInts(DataOutputStream out, int[] ints) throws IOException {
        ByteBuffer bytes = words(ints.length);
        bytes.asIntBuffer().put(ints);
        out.write(bytes.array());
    }

    /** Room for {@code count} four-byte values (big-endian, as {@link DataOutputStream} writes). */
    private static ByteBuffer words(int count) {
        return ByteBuffer.allocate(Math.multiplyExact(count, Integer.BYTES));
    }

    private static ByteBuffer readWords(DataInputStream in, int count) throws IOException {
        ByteBuffer bytes = words(count);
        in.readFully(bytes.array());
        return bytes;
    }

    /** Writes the file whole or not at all: a temporary file beside it, moved into place once complete. */
    public static void write(Path file, String key, Writer writer) {
        try {
            Files.createDirectories(file.getParent());
            Path partial =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            try {
                try (DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                    out.writeUTF(key);
                    writer.write(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
