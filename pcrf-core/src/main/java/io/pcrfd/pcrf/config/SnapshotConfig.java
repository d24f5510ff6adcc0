package io.pcrfd.pcrf.config;

import java.nio.file.Path;

/**
 * The node's snapshot (the in-memory store's for the PCRF, the BPCF's own state for the BPCF):
 * written on graceful shutdown, loaded at start and then renamed to {@code NAME.loaded}, so a
 * planned restart loses nothing and a crash never reloads it. A relative path is resolved
 * against the working directory (not the configuration directory, which is often read-only in
 * containers).
 *
 * @param path         the snapshot file; left at {@link #DEFAULT_PATH}, a BPCF uses
 *                     {@link #DEFAULT_BPCF_PATH} instead, so a PCRF and a BPCF started from one
 *                     directory with default settings never write the same file
 * @param enabled      write and load it
 * @param ifUnreadable what a start does with a snapshot it cannot load (truncated, not JSON,
 *                     another format)
 */
public record SnapshotConfig(Path path, boolean enabled, IfUnreadable ifUnreadable) {
    public static final Path DEFAULT_PATH = Path.of("pcrfd-snapshot.dat");
    /** The BPCF's file when {@code path} is left at {@link #DEFAULT_PATH}. */
    public static final Path DEFAULT_BPCF_PATH = Path.of("bpcf-snapshot.dat");
    public static final boolean DEFAULT_ENABLED = true;
    public static final IfUnreadable DEFAULT_IF_UNREADABLE = IfUnreadable.REFUSE;

    /**
     * The start's decision on an unreadable snapshot. {@code refuse} (the default): the file holds
     * the state of the last planned stop, so the daemon does not start (one line naming the file,
     * exit 3) until the operator decides; starting empty would make that loss silent.
     * {@code start-empty}: the file is renamed to {@code NAME.unreadable}, a warning says so, and
     * the node starts with no state (for labs and CI, where an unattended start matters more).
     */
    public enum IfUnreadable { REFUSE, START_EMPTY }

    public SnapshotConfig {
        InvalidValueException.check(path != null && !path.toString().isBlank(), "path", "must not be empty");
        InvalidValueException.check(ifUnreadable != null, "ifUnreadable", "must not be empty");
    }

    public static SnapshotConfig defaults() {
        return new SnapshotConfig(DEFAULT_PATH, DEFAULT_ENABLED, DEFAULT_IF_UNREADABLE);
    }
}
