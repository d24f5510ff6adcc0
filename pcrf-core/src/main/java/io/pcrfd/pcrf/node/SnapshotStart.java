package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.SnapshotConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.snapshot.SnapshotFile;
import io.pcrfd.store.snapshot.SnapshotUnreadableException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start that loads a snapshot ({@code store.snapshot}), with the configured decision on one it
 * cannot load ({@link SnapshotConfig.IfUnreadable}): refuse with one line, or set the file aside
 * and start empty. Shared by the PCRF (its in-memory store) and the BPCF (its own state).
 */
public final class SnapshotStart {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStart.class);

    private SnapshotStart() {
    }

    /**
     * Runs {@code open}, which loads the snapshot. When its content is unreadable: with
     * {@code refuse}, a {@link StartupException} naming the file, the reason and the way out;
     * with {@code start-empty}, the file is renamed to {@code NAME.unreadable}, a warning is
     * logged and {@code open} runs again, now finding no snapshot.
     *
     * @throws StartupException when the snapshot stops the start
     */
    public static <T> T open(SnapshotConfig config, Supplier<T> open) {
        try {
            return open.get();
        } catch (SnapshotUnreadableException e) {
            if (config.ifUnreadable() == SnapshotConfig.IfUnreadable.REFUSE) {
                throw new StartupException(refusal(e), e);
            }
            setAside(e);
            return guarded(open);
        } catch (StoreDataException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static void setAside(SnapshotUnreadableException e) {
        Path aside = guarded(() -> SnapshotFile.setAside(e.path()));
        LOG.warn("snapshot {} is unreadable ({}): moved to {}; starting with no state "
                + "(store.snapshot.ifUnreadable: start-empty)", e.path(), e.reason(), aside);
    }

    private static <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (StoreDataException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    static String refusal(SnapshotUnreadableException e) {
        return "snapshot " + e.path() + " is unreadable (" + e.reason() + "); it holds the state of the last "
                + "planned stop: move it away to start without that state, or set store.snapshot.ifUnreadable: "
                + "start-empty";
    }
}
