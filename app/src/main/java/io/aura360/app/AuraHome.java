package io.aura360.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The data directory of the embedded parts ({@code AURA_HOME}, default {@code ~/.aura360}) and the dev JWT
 * secret kept in it: generated once, readable by the owner only, used unless {@code AURA_JWT_SECRET} is set.
 */
public record AuraHome(Path path) {

    private static final String SECRET_FILE = "jwt-secret";

    public static AuraHome fromEnvironment(Map<String, String> env) {
        String configured = env.get("AURA_HOME");
        Path path = (configured != null && !configured.isBlank())
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".aura360");
        return new AuraHome(path.toAbsolutePath());
    }

    /** {@code AURA_JWT_SECRET} when set, otherwise the dev secret of this data directory. */
    public String jwtSecret(Map<String, String> env) {
        String configured = env.get("AURA_JWT_SECRET");
        return (configured != null && !configured.isBlank()) ? configured : devSecret();
    }

    /** Dev tokens only where no real identity provider is configured (neither a secret nor a JWKS URL). */
    public boolean usesDevSecret(Map<String, String> env) {
        return isBlank(env.get("AURA_JWT_SECRET")) && isBlank(env.get("AURA_JWKS_URL"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private String devSecret() {
        Path file = path.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(path);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path temporary = Files.createTempFile(
                    path,
                    SECRET_FILE,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, secret);
            // Never replaces an existing secret: two processes starting at once end up reading the same one.
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException ex) {
                Files.deleteIfExists(temporary);
            }
            return Files.readString(file).strip();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read or create the dev JWT secret in " + path, ex);
        }
    }
}
