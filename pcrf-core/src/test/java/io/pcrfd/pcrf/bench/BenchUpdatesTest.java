package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.cli.PcrfdMain;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --updates N}: every session is a CCR-I, N CCR-U reporting usage and a CCR-T with the
 * final usage, CC-Request-Number 0 to N+1 in order (RFC 4006 §8.2), as a real pcrfd node on
 * 127.0.0.1 receives them through a {@link WireTap}; the report names the mix.
 */
@Timeout(60)
class BenchUpdatesTest {
    private static final DiameterCodec CODEC = new DiameterCodec(Dictionary.standard());
    private static final String CONFIG = """
            diameter:
              originHost: pcrf.bench.test
              originRealm: pcrfd.local
              listen: [{address: 127.0.0.1, port: 3868}]
              overload: {enabled: false}
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            """;

    private static PcrfNode pcrf(Path dir) {
        return PcrfNode.start(ConfigLoader.load(CONFIG, dir, Map.of()), NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
    }

    @Test
    void withNoUpdatesEachSessionIsACcrInitialThenACcrTerminationWithTheFinalUsage(@TempDir Path dir) throws Exception {
        try (PcrfNode pcrf = pcrf(dir); WireTap tap = new WireTap(pcrf.diameterAddresses().get(0))) {
            Path json = dir.resolve("report.json");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = GxLoadDriverTest.withStdout(out, () -> PcrfdMain.execute("bench", "--target", "127.0.0.1:" + tap.port(),
                    "--connections", "2", "--in-flight", "4", "--sessions", "10", "--updates", "0", "--quiet",
                    "--report", json.toString()));

            assertThat(exit).isEqualTo(BenchCommand.OK);
            Map<String, List<String>> sessions = ccrsBySession(tap.toServer());
            assertThat(sessions).hasSize(10);
            assertThat(sessions.values()).allSatisfy(ccrs -> assertThat(ccrs).containsExactly("I0", "T1+usage"));
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("20 answered 2001 in the window = ").contains("(10 sessions of CCR-I, CCR-T)")
                    .contains("errors       none (20 sent, 20 answered");
            JsonNode report = new ObjectMapper().readTree(json.toFile());
            assertThat(report.path("options").path("updates").asInt()).isZero();
            assertThat(report.path("options").path("requestsPerSession").asInt()).isEqualTo(2);
            assertThat(report.path("options").path("mix").asText()).isEqualTo("CCR-I, CCR-T");
            assertThat(report.path("totals").path("sessions").asLong()).isEqualTo(10);
            assertThat(report.path("totals").path("requests").asLong()).isEqualTo(20);
            assertThat(pcrf.admin().counters()).containsEntry("store.sessions", 0L);
        }
    }

    @Test
    void withThreeUpdatesEachSessionReportsUsageThreeTimesAndEndsWithNumberFour(@TempDir Path dir) throws Exception {
        try (PcrfNode pcrf = pcrf(dir); WireTap tap = new WireTap(pcrf.diameterAddresses().get(0))) {
            BenchOptions o = new BenchOptions("127.0.0.1", tap.port(), 2, new LoadModel.OpenLoop(200), Duration.ZERO,
                    Duration.ofSeconds(30), 8, BenchOptions.DEFAULT_ORIGIN_HOST, BenchOptions.DEFAULT_REALM,
                    BenchOptions.DEFAULT_DESTINATION_REALM, BenchOptions.DEFAULT_APN, Duration.ofSeconds(5), 1, 0, 0)
                    .withUpdates(3);
            List<String> progress = new CopyOnWriteArrayList<>();
            BenchResult r = GxLoadDriver.run(o, progress::add);

            assertThat(r.errors()).isZero();
            Map<String, List<String>> sessions = ccrsBySession(tap.toServer());
            assertThat(sessions).hasSize(8);
            assertThat(sessions.values()).allSatisfy(ccrs -> assertThat(ccrs)
                    .containsExactly("I0", "U1+usage", "U2+usage", "U3+usage", "T4+usage"));
            assertThat(r.requests()).isEqualTo(40);
            assertThat(r.sessions()).as("counted at the CCR-T, step 4").isEqualTo(8);
            assertThat(BenchReport.format(r))
                    .contains("open loop, 200 sessions/s (1000 requests/s offered)")
                    .contains("40 answered 2001 in the window = ").contains("(8 sessions of CCR-I, 3 x CCR-U, CCR-T)");
            assertThat(progress).anyMatch(l -> l.endsWith("(1000 requests/s offered); sessions of CCR-I, 3 x CCR-U, CCR-T"));
            assertThat(pcrf.admin().counters()).containsEntry("store.sessions", 0L);
        }
    }

    /** The driver's CCRs per Session-Id, in wire order: type letter, CC-Request-Number, "+usage" when reported. */
    private static Map<String, List<String>> ccrsBySession(List<byte[]> wire) {
        Map<String, List<String>> bySession = new LinkedHashMap<>();
        for (byte[] octets : wire) {
            DiameterMessage m = CODEC.decode(octets).message();
            if (m.isRequest() && m.commandCode() == CommandCodes.CREDIT_CONTROL) {
                bySession.computeIfAbsent(m.sessionId().orElseThrow(), k -> new ArrayList<>()).add(label(m));
            }
        }
        return bySession;
    }

    private static String label(DiameterMessage ccr) {
        int type = ccr.avp("CC-Request-Type").orElseThrow().asInt();
        long number = ccr.avp("CC-Request-Number").orElseThrow().asUnsigned32();
        boolean usage = ccr.avp("Usage-Monitoring-Information").isPresent();
        return "IUT".charAt(type - 1) + Long.toString(number) + (usage ? "+usage" : "");
    }
}
