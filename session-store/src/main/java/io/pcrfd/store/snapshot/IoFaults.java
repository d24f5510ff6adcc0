package io.pcrfd.store.snapshot;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O failure on a snapshot file in a few words (the JDK's messages are often a bare path). */
final class IoFaults {
    private IoFaults() {
    }

    static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file or directory: " + n.getFile();
            case AccessDeniedException a -> "permission denied: " + a.getFile();
            case AtomicMoveNotSupportedException m -> "the file system cannot rename atomically in " + m.getFile()
                    + " (the snapshot must sit on a local file system)";
            case FileSystemException f when f.getReason() != null -> f.getReason() + ": " + f.getFile();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
