package io.pcrfd.store.memory;

import io.pcrfd.store.StoreDataException;
import io.pcrfd.store.json.StoreJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Reads and writes a {@link Snapshot}. Writing goes to a sibling temporary file that is then
 * moved over the target, so a crash mid-write leaves the previous snapshot intact.
 */
final class SnapshotFile {

    private final Path path;

    SnapshotFile(Path path) {
        this.path = path;
    }

    Optional<Snapshot> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            Snapshot s = StoreJson.mapper().readValue(in, Snapshot.class);
            if (s.format() != Snapshot.FORMAT) {
                throw new StoreDataException("snapshot " + path + " has format " + s.format()
                        + ", expected " + Snapshot.FORMAT, null);
            }
            return Optional.of(s);
        } catch (IOException e) {
            throw new StoreDataException("cannot read snapshot " + path, e);
        }
    }

    void write(Snapshot snapshot) {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                StoreJson.mapper().writeValue(out, snapshot);
            }
            move(tmp);
        } catch (IOException e) {
            throw new StoreDataException("cannot write snapshot " + path, e);
        }
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
