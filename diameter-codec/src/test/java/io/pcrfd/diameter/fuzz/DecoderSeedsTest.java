package io.pcrfd.diameter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.testing.SeedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed seed corpus of {@link DecoderFuzzTest} holds exactly what {@link DecoderSeeds}
 * makes, and every seed is a valid message. After a dictionary change, rewrite it with
 * {@code -Dpcrfd.fuzz.writeSeeds=true}. Other files there are inputs a fuzzing run found
 * ({@code crash-*}, kept as regression inputs once the defect is fixed) and are left alone.
 */
class DecoderSeedsTest {
    static final Path DIR = Path.of("src/test/resources/io/pcrfd/diameter/fuzz/DecoderFuzzTestInputs/decode");

    @Test
    void theCommittedCorpusIsTheGeneratedOneAndEverySeedIsValid() throws IOException {
        Map<String, byte[]> expected = DecoderSeeds.all(DecoderFuzzTest.DICT);
        if (Boolean.getBoolean("pcrfd.fuzz.writeSeeds")) {
            SeedFiles.write(DIR, expected);
        }
        Map<String, byte[]> committed = SeedFiles.read(DIR);
        committed.keySet().removeIf(name -> name.startsWith("crash-"));
        assertThat(committed.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(committed.get(name)).as(name).isEqualTo(bytes));
        DiameterCodec codec = new DiameterCodec(DecoderFuzzTest.DICT);
        committed.forEach((name, bytes) -> {
            DecodeResult r = codec.decode(bytes);
            assertThat(r.errors()).as(name).isEmpty();
        });
        assertThat(committed).containsKeys("base-cer.bin", "base-dwr.bin", "gx-ccr.bin", "gx-raa.bin",
                "s9a-ccr.bin", "s9a-tea.bin");
    }
}
