package io.pcrfd.bpcf;

import io.pcrfd.pcrf.config.SnapshotConfig;
import io.pcrfd.pcrf.node.OriginStateIds;
import io.pcrfd.pcrf.node.SnapshotStart;
import io.pcrfd.store.snapshot.SnapshotFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The BPCF's snapshot ({@code store.snapshot}), through the store's {@link SnapshotFile}: taken
 * once at start (an unreadable one handled as {@code store.snapshot.ifUnreadable} says), written
 * at a graceful stop; and the Origin-State-Id that follows from it. Does nothing when the
 * snapshot is disabled.
 */
final class BpcfStateFile {
    private final SnapshotConfig config;
    private final SnapshotFile<BpcfSnapshot> file;

    private BpcfStateFile(SnapshotConfig config) {
        this.config = config;
        this.file = config.enabled() ? new SnapshotFile<>(path(config), BpcfSnapshot.class, BpcfSnapshot.KIND,
                BpcfSnapshot.FORMAT)
                : null;
    }

    /** The file: the configured one, or {@code bpcf-snapshot.dat} when left at the PCRF's default. */
    static Path path(SnapshotConfig config) {
        return config.path().equals(SnapshotConfig.DEFAULT_PATH) ? SnapshotConfig.DEFAULT_BPCF_PATH : config.path();
    }

    static BpcfStateFile of(SnapshotConfig config) {
        return new BpcfStateFile(config);
    }

    /**
     * The previous run's state, now renamed to {@code NAME.loaded}; empty when there is none.
     *
     * @throws io.pcrfd.pcrf.runtime.StartupException when the snapshot stops the start
     */
    Optional<BpcfSnapshot> take() {
        if (file == null) {
            return Optional.empty();
        }
        return SnapshotStart.open(config, () -> file.take(s -> { }));
    }

    /** The one {@code loaded} recorded when this BPCF wrote it, else a new one. */
    static long originStateId(String originHost, Optional<BpcfSnapshot> loaded, Clock clock) {
        long fresh = OriginStateIds.fresh(clock);
        long id = loaded.filter(s -> originHost.equals(s.originHost()) && s.originStateId() != 0)
                .map(BpcfSnapshot::originStateId).orElse(fresh);
        return OriginStateIds.announce(originHost, id, fresh);
    }

    /**
     * Writes {@code snapshot} durably (a no-op when disabled).
     *
     * @throws io.pcrfd.store.StoreDataException when it cannot be written
     */
    void write(BpcfSnapshot snapshot) {
        if (file != null) {
            file.write(snapshot);
        }
    }
}
