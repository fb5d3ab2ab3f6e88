package brief.index;

import brief.BadInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One ingest at a time per index: an OS file lock on {@code <index>/ingest.lock}, held for the whole
 * batch and released when the process ends, however it ends (a killed ingest leaves no stale lock).
 * A second ingest stops at once with a message naming the index; searches never take it.
 */
public final class IngestLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** {@return the lock of {@code indexDir}}, or a {@link BadInputException} when another ingest holds it. */
    public static IngestLock acquire(Path indexDir) {
        try {
            Files.createDirectories(indexDir);
            FileChannel channel = FileChannel.open(indexDir.resolve("ingest.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new BadInputException(indexDir, "another ingest is writing this index; try again when it ends");
            }
            return new IngestLock(channel, lock);
        } catch (IOException e) {
            throw new BadInputException(indexDir, "cannot lock the index (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
