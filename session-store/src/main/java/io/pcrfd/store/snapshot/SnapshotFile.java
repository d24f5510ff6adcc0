package io.pcrfd.store.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.json.StoreJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A state file written at a graceful stop and taken, once, at the next start.
 *
 * <pre>
 *   write: JSON to NAME.tmp ── fsync NAME.tmp ── rename over NAME ── fsync the directory
 *   take:  read NAME ── apply it ── rename NAME to NAME.loaded ── fsync the directory
 * </pre>
 *
 * Write: a crash or power loss at any point leaves either the previous file or the complete new
 * one, never a truncated one (the rename is atomic, and both fsyncs happen before the write is
 * reported done). The rename must be atomic: a file system that cannot rename atomically within a
 * directory fails the write instead of replacing the file in two steps.
 *
 * <p>Take: once loaded, the file is renamed to {@code NAME.loaded}, so only a later graceful
 * stop writes {@code NAME} again. A crash (kill -9, power loss) after the start therefore finds
 * no snapshot and never reloads state that was already changed since: an ended session does not
 * come back and a usage counter is not rolled back. {@code NAME.loaded} stays for the operator
 * (it is what this run started from) and is replaced by the next take.
 *
 * <p>A file whose content cannot be loaded is reported as {@link SnapshotUnreadableException}
 * with the reason in a few words; what to do then (refuse to start, or {@link #setAside()} and
 * start empty) is the caller's decision.
 *
 * @param <T> the snapshot record, read and written with {@link StoreJson}
 */
public final class SnapshotFile<T extends Versioned> {
    /** Appended to the name of a snapshot once it has been loaded. */
    public static final String LOADED_SUFFIX = ".loaded";
    /** Appended to the name of an unreadable snapshot set aside by {@link #setAside()}. */
    public static final String UNREADABLE_SUFFIX = ".unreadable";
    static final String TEMP_SUFFIX = ".tmp";
    /** The channel is closed by this class, after its fsync, not by Jackson. */
    private static final ObjectWriter WRITER = StoreJson.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final Class<T> type;
    private final String kind;
    private final int format;

    /**
     * @param type   the snapshot record
     * @param kind   the {@link Versioned#kind()} this file must hold (a file without one is taken
     *               as this kind: it predates the field)
     * @param format the {@link Versioned#format()} this version reads and writes
     */
    public SnapshotFile(Path path, Class<T> type, String kind, int format) {
        this.path = Objects.requireNonNull(path, "path");
        this.type = Objects.requireNonNull(type, "type");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.format = format;
    }

    public Path path() {
        return path;
    }

    /** Where a loaded snapshot goes: {@code NAME.loaded}. */
    public Path loadedPath() {
        return sibling(LOADED_SUFFIX);
    }

    /** Where {@link #setAside()} moves an unreadable snapshot: {@code NAME.unreadable}. */
    public Path unreadablePath() {
        return sibling(UNREADABLE_SUFFIX);
    }

    /**
     * Reads the snapshot, hands it to {@code apply}, then renames the file to {@code NAME.loaded}
     * so it can never be loaded a second time. Empty, with nothing applied, when there is no file.
     * When {@code apply} throws, the file stays where it is (nothing has served from it yet).
     *
     * @throws SnapshotUnreadableException when the content cannot be loaded
     * @throws StoreDataException when the file cannot be read or renamed
     */
    public Optional<T> take(Consumer<? super T> apply) {
        Optional<T> snapshot = read();
        snapshot.ifPresent(s -> {
            apply.accept(s);
            rename(loadedPath(), "retire");
        });
        return snapshot;
    }

    /**
     * The snapshot, or empty when there is no file; the file stays in place.
     *
     * @throws SnapshotUnreadableException when the content cannot be loaded
     * @throws StoreDataException when the file cannot be read
     */
    public Optional<T> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        T s;
        try (InputStream in = Files.newInputStream(path)) {
            s = StoreJson.mapper().readValue(in, type);
        } catch (JsonProcessingException e) {
            throw new SnapshotUnreadableException(path, JsonFaults.describe(e, size()), e);
        } catch (IOException e) {
            throw new StoreDataException("cannot read snapshot " + path + ": " + IoFaults.describe(e), e);
        }
        if (s == null) {
            throw new SnapshotUnreadableException(path, "it holds JSON null, not a snapshot", null);
        }
        if (s.kind() != null && !s.kind().equals(kind)) {
            throw new SnapshotUnreadableException(path, "it is a " + s.kind() + " snapshot, this node keeps a " + kind
                    + " one (do two nodes share the file?)", null);
        }
        if (s.format() != format) {
            throw new SnapshotUnreadableException(path, "format " + s.format() + ", this version reads format "
                    + format, null);
        }
        return Optional.of(s);
    }

    /**
     * Moves the snapshot to {@code NAME.unreadable} (replacing an older one), for a start that
     * goes on without it; returns where it went.
     */
    public Path setAside() {
        Path aside = unreadablePath();
        rename(aside, "set aside");
        return aside;
    }

    /**
     * {@link #setAside()} for the file an {@link SnapshotUnreadableException} names, whatever
     * record it was meant to hold.
     */
    public static Path setAside(Path path) {
        return new SnapshotFile<>(path, Untyped.class, "any", 0).setAside();
    }

    /** Stands for the record type where only the file is handled. */
    private record Untyped(String kind, int format) implements Versioned {
    }

    /**
     * Writes {@code snapshot} durably: temporary file, fsync, atomic rename over the snapshot,
     * fsync of the directory. On failure the previous file is untouched and the temporary one
     * removed.
     *
     * @throws StoreDataException when any step fails
     */
    public void write(T snapshot) {
        Path tmp = sibling(TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                WRITER.writeValue(out, snapshot);
                out.flush();
                channel.force(true);
            }
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
        } catch (IOException e) {
            deleteQuietly(tmp, e);
            throw new StoreDataException("cannot write snapshot " + path + ": " + IoFaults.describe(e), e);
        }
    }

    private void rename(Path target, String what) {
        try {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
        } catch (IOException e) {
            throw new StoreDataException("cannot " + what + " snapshot " + path + " as " + target + ": "
                    + IoFaults.describe(e), e);
        }
    }

    /** Makes a rename in the directory durable (POSIX: a rename is in the directory's data). */
    private void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private Path directory() {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath().getRoot() : parent;
    }

    private Path sibling(String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path tmp, IOException failure) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
