package io.pcrfd.pcrf.config;

import java.nio.file.Path;

/**
 * The in-memory store's snapshot: written on graceful shutdown, loaded at start, so a planned
 * restart loses no session. A relative path is resolved against the working directory (not
 * the configuration directory, which is often read-only in containers).
 *
 * @param path    the snapshot file
 * @param enabled write and load it
 */
public record SnapshotConfig(Path path, boolean enabled) {
    public static final Path DEFAULT_PATH = Path.of("pcrfd-snapshot.dat");
    public static final boolean DEFAULT_ENABLED = true;

    public SnapshotConfig {
        InvalidValueException.check(path != null && !path.toString().isBlank(), "path", "must not be empty");
    }

    public static SnapshotConfig defaults() {
        return new SnapshotConfig(DEFAULT_PATH, DEFAULT_ENABLED);
    }
}
