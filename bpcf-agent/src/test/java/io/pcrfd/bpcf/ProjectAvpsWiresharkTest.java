package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.Tshark;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark names pcrfd's own AVPs once config/wireshark/pcrfd.xml is installed as its README
 * says, and dissects TER/TEA as command 8388656 on S9a 16777319 with every AVP named.
 */
class ProjectAvpsWiresharkTest {
    private static final Path INSTALL = Path.of("..", "config", "wireshark", "install.sh");

    @Test
    void extensionNamesEveryProjectAvp(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed: Wireshark validation skipped (CI installs it)");
        Path pcap = capture(dir);
        Path data = dir.resolve("wireshark-data");
        run(List.of("sh", INSTALL.toString(), data.toString()));
        readableByAll(dir);

        String with = tshark(pcap, data);
        String without = tshark(pcap, null);

        assertThat(avpLines(with)).isNotEmpty().noneMatch(l -> l.contains("Unknown("));
        assertThat(with).contains("AVP: Session-Establishment-Request(1)", "AVP: Establishment-Id(2)",
                "AVP: HeNB-Identity(3)", "Session-Establishment-Request: ONE_SHOT", "AVP: PCRF-Address(2207)");
        assertThat(without).contains("AVP: Unknown(1)", "vnd=32473"); // the extension is what names them
        assertThat(with).contains("Command Code: Trigger-Establishment (8388656)", "ApplicationId: 3GPP S9a (16777319)");
    }

    /** A CCR trigger, its CCA, a TER/TEA exchange and an AAR carrying HeNB-Identity. */
    private static Path capture(Path dir) {
        List<DiameterMessage> messages = new ArrayList<>();
        try (Loop ccr = new Loop(Encoding.CCR, Mode.ONE_SHOT); Loop ter = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            ccr.policy = EstablishmentFlowTest.policy();
            ter.policy = EstablishmentFlowTest.policy();
            ccr.pcrf.onGxSessionEstablished(ccr.gxSession("epdg;1", "001010000000001", "198.51.100.7"))
                    .toCompletableFuture().join();
            ter.pcrf.onGxSessionEstablished(ter.gxSession("epdg;1", "001010000000001", "198.51.100.7"))
                    .toCompletableFuture().join();
            messages.addAll(ccr.wire.subList(0, 2));
            messages.addAll(ter.wire.subList(0, 2));
            messages.add(MessageBuilder.request(ccr.dictionary, 16777319L, "AAR").add("Session-Id", "pcrf;1;9")
                    .add("Auth-Application-Id", 16777319L).originHost(Loop.PCRF).originRealm("pcrfd.local")
                    .add("Destination-Realm", "pcrfd.local").add("Session-Establishment-Request", "NOTIFY_ONLY")
                    .add("Establishment-Id", "pcrf;1;9").add("HeNB-Identity", "henb-0042").build());
        }
        List<PcapWriter.Segment> segments = messages.stream()
                .map(m -> new PcapWriter.Segment(DiameterCodec.encode(m), m.flags().request())).toList();
        return PcapWriter.write(dir.resolve("trigger.pcap"), segments);
    }

    private static List<String> avpLines(String verbose) {
        return verbose.lines().map(String::strip).filter(l -> l.startsWith("AVP: ")).toList();
    }

    /**
     * Runs tshark with {@code data} as its data folder, as README.md says. Wireshark ignores
     * WIRESHARK_DATA_DIR for root, so as root it runs as {@code nobody}.
     */
    private static String tshark(Path pcap, Path data) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        cmd.add("env");
        if (data != null) {
            cmd.add("WIRESHARK_DATA_DIR=" + data.toAbsolutePath());
        }
        cmd.addAll(List.of("tshark", "-n", "-r", pcap.toAbsolutePath().toString(), "-d", "tcp.port==3868,diameter",
                "-V"));
        return run(cmd);
    }

    private static void readableByAll(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
        return text;
    }
}
