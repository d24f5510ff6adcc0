package io.pcrfd.store.snapshot;

import io.pcrfd.store.StoreDataException;
import java.nio.file.Path;

/**
 * The snapshot file exists but its content cannot be loaded: truncated (a power loss while an
 * older version wrote it without fsync), not JSON, not a snapshot of this kind, or of another
 * format. An I/O error reading it (permissions) is a plain {@link StoreDataException} instead:
 * setting the file aside would not help.
 */
public final class SnapshotUnreadableException extends StoreDataException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    SnapshotUnreadableException(Path path, String reason, Throwable cause) {
        super("snapshot " + path + " is unreadable: " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Why, in a few words without the path: {@code truncated: ...}, {@code format 9, ...}. */
    public String reason() {
        return reason;
    }
}
