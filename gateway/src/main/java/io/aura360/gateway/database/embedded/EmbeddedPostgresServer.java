package io.aura360.gateway.database.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL from the zonky binaries, with its data directory under {@code AURA_HOME}, so data survives
 * restarts. PostgreSQL refuses to run as root; when we are root (containers, CI), the binaries are unpacked
 * here and {@code initdb}/{@code pg_ctl} are wrapped to run in a new user namespace, where the process is not
 * root but still owns the files it created. One process at a time owns a home's server ({@link OwnerLock}); a server
 * left running by an owner that was killed is stopped before the new one starts ({@link OrphanedServer}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    public static final String DATABASE = "aura360";

    /** How long a server left running by a killed owner gets to stop cleanly before it is killed. */
    private static final Duration ORPHAN_PATIENCE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private final OwnerLock owner;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, OwnerLock owner) {
        this.postgres = postgres;
        this.owner = owner;
    }

    public static EmbeddedPostgresServer start(Path home) {
        Path root = home.toAbsolutePath().normalize().resolve("postgres");
        Path binaries = root.resolve("binaries");
        Path data = root.resolve("data");
        try {
            Files.createDirectories(binaries);
            Files.createDirectories(data);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home, ex);
        }
        OwnerLock owner = OwnerLock.take(root);
        EmbeddedPostgresServer server;
        try {
            OrphanedServer.stopIfRunning(data, ORPHAN_PATIENCE);
            server = new EmbeddedPostgresServer(postmaster(binaries, data), owner);
        } catch (IOException ex) {
            owner.close();
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + home, ex);
        } catch (RuntimeException ex) {
            owner.close();
            throw ex;
        }
        try {
            server.createDatabaseIfMissing();
        } catch (RuntimeException ex) {
            server.close(); // stops PostgreSQL, then releases the lock
            throw ex;
        }
        log.info("embedded PostgreSQL ready on port {} (data in {})", server.postgres.getPort(), data);
        return server;
    }

    private static EmbeddedPostgres postmaster(Path binaries, Path data) throws IOException {
        if (RootSafeBinaries.runningAsRoot()) {
            RootSafeBinaries.prepare(binaries, archive());
        }
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky's builder is made for throwaway test databases and turns both off; this one holds the
                // product's data: without fsync a power loss or an OS crash can corrupt the whole cluster, and
                // without synchronous_commit answers the API already acknowledged can be lost. (A commit waits for
                // its WAL flush: about 0.16 ms on this project's test machine.)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Statement statistics, as Supabase keeps them: `create extension pg_stat_statements` shows
                // what each statement costs (bench/load.sh counts statements per request with it).
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot create database " + DATABASE, ex);
        }
    }

    /** The same archive zonky would pick, so that its checksum names the same binaries directory. */
    static byte[] archive() throws IOException {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            return in.readAllBytes();
        }
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ex) {
            log.warn("embedded PostgreSQL did not stop cleanly", ex);
        } finally {
            owner.close();
        }
    }
}
