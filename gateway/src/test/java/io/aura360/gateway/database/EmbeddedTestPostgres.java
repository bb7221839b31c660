package io.aura360.gateway.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One PostgreSQL from the zonky binaries for the whole test JVM, stopped when it exits. A trimmed copy of the app
 * module's {@code EmbeddedPostgresServer} (the gateway cannot depend on app): PostgreSQL refuses to run as root,
 * so as root (containers, CI) the binaries are unpacked where zonky expects them ({@code PG-<md5>}, marked by
 * {@code .exists}) and {@code initdb}/{@code pg_ctl} are wrapped to run under {@code unshare --user}.
 */
final class EmbeddedTestPostgres {

    private static final String[] WRAPPED = {"initdb", "pg_ctl"};

    private static EmbeddedTestPostgres shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedTestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedTestPostgres shared() {
        if (shared == null) {
            try {
                Path home = Files.createTempDirectory("aura360-gateway-test-db");
                Path binaries = Files.createDirectories(home.resolve("binaries"));
                if (runningAsRoot()) {
                    prepareRootSafe(binaries);
                }
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .setDataDirectory(Files.createDirectories(home.resolve("data")))
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ex) {
                        // the JVM is exiting; the temporary directory goes with the machine's cleanup
                    }
                }));
                shared = new EmbeddedTestPostgres(postgres);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", ex);
            }
        }
        return shared;
    }

    /** The {@code postgres} database of the server, from which tests create their own. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    String user() {
        return "postgres";
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException ex) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void prepareRootSafe(Path workingDirectory) throws IOException {
        byte[] archive;
        // The same archive zonky would pick, so that its checksum names the same binaries directory.
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            archive = in.readAllBytes();
        }
        Path pgDir = workingDirectory.resolve("PG-" + md5(archive));
        unpack(archive, pgDir);
        Files.createFile(pgDir.resolve(".exists"));
        for (String binary : WRAPPED) {
            wrap(pgDir.resolve("bin").resolve(binary));
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void wrap(Path binary) throws IOException {
        Files.move(binary, binary.resolveSibling(binary.getFileName() + ".real"));
        Files.writeString(binary, """
				#!/bin/sh
				# PostgreSQL refuses to run as root, so root runs it in a user namespace.
				if [ "$(id -u)" = 0 ]; then exec unshare --user "$0.real" "$@"; fi
				exec "$0.real" "$@"
				""");
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
