/**
 * Snapshot files: state a node writes at a graceful stop and takes once at its next start
 * ({@link io.pcrfd.store.snapshot.SnapshotFile}). The in-memory store and the BPCF role keep
 * their state this way, through the same code.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Durable writes: temporary file, fsync, atomic rename, fsync of the directory, so a power
 *       loss leaves the previous snapshot or the new one, never a truncated file.</li>
 *   <li>Taken once: a loaded snapshot is renamed to {@code NAME.loaded}. A crash after a start
 *       must not bring back state the node has changed since (ended sessions, usage counted
 *       after the load); the next start after a crash therefore begins empty, and the node says
 *       so to its peers with a new Origin-State-Id (RFC 6733 §8.16).</li>
 *   <li>Unreadable content (truncated, not JSON, another format) is a typed error with a
 *       one-line reason; the node's configuration decides between refusing to start and
 *       setting the file aside as {@code NAME.unreadable}.</li>
 * </ul>
 */
package io.pcrfd.store.snapshot;
