package io.aura360.gateway.database.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on a home's data directory after the process that started it died without
 * stopping it (kill -9, the OOM killer): it holds the data directory, so a new start would wait a minute and fail.
 * Only asked once the home's {@link OwnerLock} is taken, so the server found has no owner; it is stopped as
 * PostgreSQL asks to be (SIGTERM: sessions end, a checkpoint, a clean exit), and killed only if it has not gone after
 * {@code patience}, in which case the next start recovers from its write-ahead log.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {}

    static void stopIfRunning(Path data, Duration patience) {
        Optional<ProcessHandle> server = running(data);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = server.get();
        log.warn(
                "a PostgreSQL server (pid {}) was left running on {} by a process that did not stop it; stopping it",
                postmaster.pid(),
                data);
        postmaster.destroy();
        try {
            postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), patience);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL " + postmaster.pid(), ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        }
    }

    /**
     * The live postmaster that {@code postmaster.pid} names, when it is a {@code postgres} process serving
     * {@code data}: a stale file whose process id now belongs to another program is left to PostgreSQL, which
     * handles it.
     */
    static Optional<ProcessHandle> running(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + pidFile, ex);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // empty or half written: PostgreSQL treats it as stale
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> serves(process, data));
    }

    private static boolean serves(ProcessHandle process, Path data) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).endsWith("postgres"))
                .orElse(false);
        boolean onData = info.arguments()
                .map(arguments -> Arrays.asList(arguments).contains(data.toString()))
                .orElse(false);
        return postgres && onData;
    }
}
