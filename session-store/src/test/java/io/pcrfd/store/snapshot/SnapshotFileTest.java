package io.pcrfd.store.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.StoreDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot is written durably and whole, taken once, and an unreadable one says why in a few words. */
class SnapshotFileTest {

    /** A snapshot record of this test's own. */
    record Notes(String kind, int format, List<String> lines) implements Versioned {
        Notes(int format, List<String> lines) {
            this("notes", format, lines);
        }
    }

    @TempDir
    Path dir;

    private SnapshotFile<Notes> file(String name) {
        return new SnapshotFile<>(dir.resolve(name), Notes.class, "notes", 1);
    }

    @Test
    void aTakenSnapshotIsRenamedSoItCanNeverBeLoadedTwice() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        f.write(new Notes(1, List.of("a", "b")));
        List<Notes> applied = new ArrayList<>();

        assertThat(f.take(applied::add)).contains(new Notes(1, List.of("a", "b")));
        assertThat(applied).containsExactly(new Notes(1, List.of("a", "b")));
        assertThat(dir.resolve("state.json")).doesNotExist();
        assertThat(Files.readString(dir.resolve("state.json.loaded"))).contains("\"a\"");

        assertThat(f.take(applied::add)).as("a second start, after a crash, finds nothing").isEmpty();
        assertThat(applied).hasSize(1);
    }

    @Test
    void aSnapshotWhoseApplyFailsStaysInPlace() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        f.write(new Notes(1, List.of("a")));

        assertThatThrownBy(() -> f.take(n -> {
            throw new IllegalStateException("index clash");
        })).hasMessage("index clash");
        assertThat(dir.resolve("state.json")).exists();
        assertThat(dir.resolve("state.json.loaded")).doesNotExist();
    }

    @Test
    void aWriteLeavesOnlyTheCompleteFileAndReplacesTheOldOneWhole() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        f.write(new Notes(1, List.of("old")));
        f.write(new Notes(1, List.of("new")));

        assertThat(f.read()).contains(new Notes(1, List.of("new")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousSnapshot() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        f.write(new Notes(1, List.of("kept")));
        Files.createDirectory(dir.resolve("state.json.tmp")); // the temporary file cannot be opened

        assertThatThrownBy(() -> f.write(new Notes(1, List.of("lost")))).isInstanceOf(StoreDataException.class)
                .hasMessageStartingWith("cannot write snapshot " + dir.resolve("state.json") + ": ")
                .hasMessageNotContaining("\n");
        assertThat(f.read()).contains(new Notes(1, List.of("kept")));
    }

    @Test
    void aWriteIntoAMissingDirectoryIsOneLine() {
        SnapshotFile<Notes> f = new SnapshotFile<>(dir.resolve("absent/state.json"), Notes.class, "notes", 1);

        assertThatThrownBy(() -> f.write(new Notes(1, List.of()))).isInstanceOf(StoreDataException.class)
                .hasMessage("cannot write snapshot " + dir.resolve("absent/state.json")
                        + ": no such file or directory: " + dir.resolve("absent/state.json.tmp"));
    }

    @Test
    void aTruncatedSnapshotSaysSoAndStaysWhereItIs() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        f.write(new Notes(1, List.of("alpha", "beta")));
        byte[] whole = Files.readAllBytes(f.path());
        Files.write(f.path(), java.util.Arrays.copyOf(whole, whole.length - 5));

        assertThat(unreadable(f).reason()).isEqualTo("truncated: the JSON stops at byte " + (whole.length - 5)
                + ", before the snapshot is complete");
        assertThat(f.path()).exists();
    }

    @Test
    void otherUnreadableContentIsNamedInAFewWords() throws IOException {
        assertThat(reasonFor("")).isEqualTo("empty (0 bytes)");
        assertThat(reasonFor("{\"format\":1,\"lines\":[\"ab")).as("inside a record")
                .isEqualTo("truncated: the JSON stops at byte 24, before the snapshot is complete");
        assertThat(reasonFor("\0\0\0\0")).isEqualTo("not valid JSON near byte 1");
        assertThat(reasonFor("null")).isEqualTo("it holds JSON null, not a snapshot");
        assertThat(reasonFor("{\"format\":2}")).isEqualTo("format 2, this version reads format 1");
        assertThat(reasonFor("{\"kind\":\"pcrfd-bpcf\",\"format\":1}")).isEqualTo("it is a pcrfd-bpcf snapshot, "
                + "this node keeps a notes one (do two nodes share the file?)");
        assertThat(reasonFor("{\"format\":1,\"lines\":{\"x\":1}}"))
                .startsWith("not a snapshot of this kind near byte ").doesNotContain("\n");
    }

    @Test
    void anUnreadableSnapshotSetAsideLeavesNoSnapshot() throws IOException {
        SnapshotFile<Notes> f = file("state.json");
        Files.writeString(f.path(), "{\"format\":1,");

        assertThat(f.setAside()).isEqualTo(dir.resolve("state.json.unreadable"));
        assertThat(Files.readString(dir.resolve("state.json.unreadable"))).isEqualTo("{\"format\":1,");
        assertThat(f.read()).isEqualTo(Optional.empty());
    }

    private String reasonFor(String content) throws IOException {
        SnapshotFile<Notes> f = file("probe.json");
        Files.writeString(f.path(), content);
        return unreadable(f).reason();
    }

    private static SnapshotUnreadableException unreadable(SnapshotFile<Notes> f) {
        try {
            f.read();
        } catch (SnapshotUnreadableException e) {
            assertThat(e.getMessage()).isEqualTo("snapshot " + f.path() + " is unreadable: " + e.reason());
            return e;
        }
        throw new AssertionError("read " + f.path() + " without complaint");
    }
}
