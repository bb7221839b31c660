package io.aura360.gateway.database.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns a home's embedded PostgreSQL: an exclusive lock on {@code owner.lock} beside its data directory, held for
 * as long as the server runs. The operating system drops the lock when the process ends, however it ends (kill -9
 * and the OOM killer too), so a start that gets the lock knows that a server still running on that data directory
 * has no owner left, and a start that does not get it knows that another live process uses the home.
 */
final class OwnerLock implements AutoCloseable {

    private final FileChannel channel;

    private OwnerLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock of {@code directory}, or an {@link IllegalStateException} naming it when a live process holds it. */
    static OwnerLock take(Path directory) {
        Path file = directory.resolve("owner.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                // Another server of this JVM owns it: the same answer as for another process.
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the embedded PostgreSQL in " + directory
                        + " is already in use by another AURA360 process (it holds " + file
                        + "); stop that process, or give this one its own AURA_HOME");
            }
            return new OwnerLock(channel);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot lock " + file, ex);
        }
    }

    /** Releases the lock; again is a no-op. */
    @Override
    public void close() {
        try {
            channel.close(); // releases the lock with it
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
