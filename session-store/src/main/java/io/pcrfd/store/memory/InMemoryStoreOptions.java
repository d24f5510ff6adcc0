package io.pcrfd.store.memory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the in-memory store.
 *
 * @param snapshotFile  where to write the snapshot on {@link InMemoryStore#close()} and read it
 *                      at {@link InMemoryStore#open}; empty for none
 * @param sweepInterval how often expired records are removed by a background thread; zero for
 *                      never (tests call {@link InMemoryStore#sweep()} themselves). Expired
 *                      records are invisible to reads either way; sweeping frees the memory.
 */
public record InMemoryStoreOptions(Optional<Path> snapshotFile, Duration sweepInterval) {

    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(10);

    /** No snapshot, sweeping every {@link #DEFAULT_SWEEP_INTERVAL}. */
    public static final InMemoryStoreOptions DEFAULTS =
            new InMemoryStoreOptions(Optional.empty(), DEFAULT_SWEEP_INTERVAL);

    public InMemoryStoreOptions {
        Objects.requireNonNull(snapshotFile, "snapshotFile");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        if (sweepInterval.isNegative()) {
            throw new IllegalArgumentException("sweepInterval must not be negative");
        }
    }

    public InMemoryStoreOptions withSnapshotFile(Path file) {
        return new InMemoryStoreOptions(Optional.of(file), sweepInterval);
    }

    public InMemoryStoreOptions withSweepInterval(Duration interval) {
        return new InMemoryStoreOptions(snapshotFile, interval);
    }
}
