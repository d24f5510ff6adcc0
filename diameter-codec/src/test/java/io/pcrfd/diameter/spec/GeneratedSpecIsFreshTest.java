package io.pcrfd.diameter.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code io.pcrfd.diameter.spec} sources are exactly what {@link SpecGenerator}
 * writes from the bundled {@code .dia} files today. After a dictionary change, write them again
 * with {@code -Dspec.write=true} (the message below gives the whole command).
 */
class GeneratedSpecIsFreshTest {
    private static final Path DIR = Path.of("src/main/java/io/pcrfd/diameter/spec");

    @Test
    void theCommittedHandlesMatchTheDictionary() throws IOException {
        Map<String, String> fresh = SpecGenerator.generate(Dictionary.standard());
        if (Boolean.getBoolean("spec.write")) {
            write(fresh);
        }
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            Path p = DIR.resolve(e.getKey());
            assertThat(p).as("%s is missing: run ./mvnw -B -pl diameter-codec test "
                    + "-Dtest=GeneratedSpecIsFreshTest -Dspec.write=true", p).exists();
            assertThat(Files.readString(p, StandardCharsets.UTF_8)).as("%s is stale: run ./mvnw -B -pl "
                    + "diameter-codec test -Dtest=GeneratedSpecIsFreshTest -Dspec.write=true", p).isEqualTo(e.getValue());
        }
        assertThat(generatedFilesOnDisk()).as("generated files no dictionary file defines any more")
                .containsExactlyInAnyOrderElementsOf(fresh.keySet());
    }

    private static void write(Map<String, String> fresh) throws IOException {
        Files.createDirectories(DIR);
        for (String stale : generatedFilesOnDisk()) {
            if (!fresh.containsKey(stale)) {
                Files.delete(DIR.resolve(stale));
            }
        }
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            Files.writeString(DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static java.util.Set<String> generatedFilesOnDisk() throws IOException {
        if (!Files.isDirectory(DIR)) {
            return java.util.Set.of();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .collect(Collectors.toSet());
        }
    }
}
