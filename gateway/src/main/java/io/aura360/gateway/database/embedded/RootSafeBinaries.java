package io.aura360.gateway.database.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL archive where zonky expects it ({@code PG-<md5>}, marked by {@code .exists}) and wraps
 * the binaries that start server processes so that, as root, they run under {@code unshare --user}: inside the
 * namespace the process is the unmapped "nobody", which PostgreSQL accepts, and the kernel still lets it use
 * the files root created.
 */
final class RootSafeBinaries {

    private static final String[] WRAPPED = {"initdb", "pg_ctl"};

    private RootSafeBinaries() {}

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException ex) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static void prepare(Path workingDirectory, byte[] archive) throws IOException {
        Path pgDir = workingDirectory.resolve("PG-" + EmbeddedPostgresServer.md5(archive));
        Path marker = pgDir.resolve(".exists");
        if (!Files.exists(marker)) {
            unpack(archive, pgDir);
            Files.createFile(marker);
        }
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
                    Files.deleteIfExists(path);
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
        Path real = binary.resolveSibling(binary.getFileName() + ".real");
        if (Files.exists(real)) {
            return;
        }
        Files.move(binary, real);
        String script = """
				#!/bin/sh
				# Written by AURA360: PostgreSQL refuses to run as root, so root runs it in a user namespace.
				if [ "$(id -u)" = 0 ]; then exec unshare --user "$0.real" "$@"; fi
				exec "$0.real" "$@"
				""";
        Files.writeString(binary, script);
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
