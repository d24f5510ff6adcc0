package io.pcrfd.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no tracked text file (*.java, *.dia, *.yaml, *.yml, *.md, *.xml,
 * *.properties, *.txt, outside target/ and .git/) cites what a reader of the repository does
 * not have: an issue number, a design or protocol note kept outside it, a path out of it, or a
 * source document by number or paragraph. Comments and docs cite RFC and 3GPP TS sections and
 * the project's own READMEs instead. Words about fuzzing or random seeds ("seed corpus",
 * {@code new Random(seed)}) are fine; {@link #matcherSelfTest()} keeps the patterns that precise.
 *
 * <p>Files come from {@code git ls-files} when the checkout has git, else from a walk of the
 * tree. This file is left out of the scan: it has to spell the forbidden forms to test them.
 */
class RepositoryStandsAloneTest {
    private static final Set<String> EXTENSIONS =
            Set.of(".java", ".dia", ".yaml", ".yml", ".md", ".xml", ".properties", ".txt");
    private static final String SELF = "src/test-it/java/io/pcrfd/it/RepositoryStandsAloneTest.java";

    /** One alternative per kind of outside citation; case-insensitive. */
    static final Pattern OUTSIDE_CITATION = Pattern.compile(String.join("|",
            "\\bissues?\\s+#?\\d+",                     // issue 6, issue #3
            "\\bDESIGN\\.md\\b",
            "\\bPROTOCOL\\.md\\b",
            "\\.\\./shared\\b",
            "\\bshared/reference\\b",
            "\\bseeds?[ -]00\\d\\b",                   // seed 000, seed-004, seeds 002
            "\\[00\\d\\d\\]",                          // a source paragraph: [0065]
            "\\bparagraphs?\\s+00\\d\\d\\b",           // paragraph 0061
            "\\bseed(?:'s)?\\s+(?:CCR|CCA|AAR|AAA|variants?|encodings?|identification)\\b"),
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTrackedTextFileCitesWhatTheRepositoryLacks() {
        Path root = root();
        List<String> hits = new ArrayList<>();
        for (Path file : textFiles(root)) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE_CITATION.matcher(lines.get(i)).find()) {
                    hits.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(hits).as("cite RFC/3GPP TS sections or the project's own docs instead").isEmpty();
    }

    @Test
    void matcherSelfTest() {
        assertThat(List.of(
                "the CLI of issue 6", "(Issue #12)", "issues 3 and 5", "see DESIGN.md \"The store\"",
                "PROTOCOL.md §11 #2", "../shared/STYLE.md", "shared/reference/x", "seed 000",
                "(Seed 004 Table 1)", "the seed-000 trigger encodings", "seeds 002 and 003",
                "seed 000 [0060]", "[0071]", "paragraph 0061", "paragraphs 0056-0090",
                "the seed's CCR/AAR", "the seed's variants", "a seed CCR trigger", "the seed encodings"))
                .allSatisfy(s -> assertThat(OUTSIDE_CITATION.matcher(s).find()).as(s).isTrue());
        assertThat(List.of(
                "the committed seed corpus", "new Random(seed)", "MalformedMessages(long seed, String h)",
                "every seed is a valid message", "the seed's requests", "Writes {@code seeds} into dir",
                "-Dpcrfd.fuzz.writeSeeds=true", "jqwik seed 42", "a seed of 1000", "tissue 3",
                "new byte[0x10]", "int[] a = new int[10];", "TS 29.215 §A.7.6.6", "README.md",
                "diameter-codec/DICTIONARY.md", "the design of the store", "issue a RAR"))
                .allSatisfy(s -> assertThat(OUTSIDE_CITATION.matcher(s).find()).as(s).isFalse());
    }

    private static List<Path> textFiles(Path root) {
        List<Path> all = Files.exists(root.resolve(".git")) ? gitLsFiles(root) : walk(root);
        return all.stream()
                .filter(p -> EXTENSIONS.stream().anyMatch(p.getFileName().toString()::endsWith))
                .filter(p -> !isExcluded(root.relativize(p)))
                .filter(Files::isRegularFile)
                .toList();
    }

    private static boolean isExcluded(Path relative) {
        String unix = relative.toString().replace('\\', '/');
        return unix.equals(SELF) || unix.startsWith(".git/") || unix.startsWith("target/")
                || unix.contains("/target/");
    }

    private static List<Path> gitLsFiles(Path root) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                return walk(root);
            }
            return Stream.of(out.split("\0")).filter(s -> !s.isEmpty()).map(root::resolve).toList();
        } catch (IOException e) {
            return walk(root); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's top folder (this module runs in src/test-it). */
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root (the folder holding mvnw)").isNotNull();
        return p;
    }
}
