package io.pcrfd.pcrf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.FuzzFrames;
import io.pcrfd.diameter.testing.SeedFiles;
import io.pcrfd.diameter.testing.WireChecks;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed seed corpus of {@link PcrfRequestFuzzTest} holds exactly what {@link PcrfSeeds}
 * makes ({@code -Dpcrfd.fuzz.writeSeeds=true} rewrites it), and the seeds reach what they are
 * for: every message decodes cleanly, the session flows are answered 2001, the WLAN CCR-I makes
 * the PCRF send a TER and the QoS-Rule-Report a Gx RAR, an unknown Gx session is 5002 and an
 * S9a CCR-I without an IP-CAN session 5030.
 */
class PcrfSeedsTest {
    static final Path DIR = Path.of("src/test/resources/io/pcrfd/pcrf/fuzz/PcrfRequestFuzzTestInputs/requests");

    @Test
    void theCommittedCorpusIsTheGeneratedOne() {
        Map<String, byte[]> expected = PcrfSeeds.all();
        if (Boolean.getBoolean("pcrfd.fuzz.writeSeeds")) {
            SeedFiles.write(DIR, expected);
        }
        Map<String, byte[]> committed = SeedFiles.read(DIR);
        committed.keySet().removeIf(name -> name.startsWith("crash-"));
        assertThat(committed.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(committed.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theSeedsReachTheFlowsTheyAreFor() {
        Map<String, byte[]> seeds = PcrfSeeds.all();
        assertThat(codes(seeds.get("gx-session.bin"), null)).containsExactly(2001L, 2001L, 2001L);
        assertThat(codes(seeds.get("gx-unknown-session.bin"), null)).containsExactly(5002L);
        assertThat(codes(seeds.get("s9a-no-trigger.bin"), null)).containsExactly(5030L);
        List<String> sent = new ArrayList<>();
        assertThat(codes(seeds.get("wlan-establishment.bin"), sent)).containsExactly(2001L, 2001L, 2001L, 2001L,
                2001L);
        assertThat(sent).startsWith("TER", "RAR");
        assertThat(codes(seeds.get("s9-ter.bin"), null)).hasSize(1);
    }

    /** Result codes of the answers to the seed's requests; the names of what the PCRF sent. */
    private static List<Long> codes(byte[] seed, List<String> sent) {
        List<DecodeResult> messages = FuzzFrames.split(seed, PcrfRequestFuzzTest.MAX_MESSAGES).stream()
                .map(PcrfWorld.CODEC::decode).toList();
        ArrayDeque<DiameterMessage> answers = new ArrayDeque<>();
        messages.forEach(r -> assertThat(r.errors()).as(r.message().toString()).isEmpty());
        messages.stream().map(DecodeResult::message).filter(m -> !m.isRequest()).forEach(answers::add);
        List<Long> codes = new ArrayList<>();
        try (PcrfWorld world = new PcrfWorld(answers)) {
            for (DecodeResult r : messages) {
                if (r.message().isRequest()) {
                    DiameterMessage a = PcrfRequestFuzzTest.join(r.message(), world.dispatch(r));
                    codes.add(WireChecks.checkAnswer(PcrfWorld.CODEC, r.message(), a));
                }
            }
            if (sent != null) {
                world.sent.forEach(m -> sent.add(m.name()));
            }
        }
        return codes;
    }
}
