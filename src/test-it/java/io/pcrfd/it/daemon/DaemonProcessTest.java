package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as a process: {@code pcrfd run --config} prints where it listens, serves CER and a
 * Gx CCR over TCP, and on SIGTERM sends DPR to its peer, writes its snapshot and exits 0; a
 * port in use is one line and exit 3.
 */
@Timeout(120)
class DaemonProcessTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String PCEF = "pgw.daemon.example";

    private static Path config(Path dir, int diameter, int rest) throws Exception {
        return Files.writeString(dir.resolve("pcrf.yaml"), """
                diameter:
                  originHost: pcrf.daemon.example
                  originRealm: daemon.example
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {address: 127.0.0.1, port: %d}
                store: {snapshot: {enabled: true, path: "%s"}}
                """.formatted(diameter, rest, dir.resolve("snapshot.dat")));
    }

    @Test
    void servesGxAndOnSigtermSendsDprWritesTheSnapshotAndExitsZero(@TempDir Path dir) throws Exception {
        int port = Daemon.freePort();
        try (Daemon pcrfd = Daemon.start(Map.of(), "run", "--config", config(dir, port, Daemon.freePort()).toString())) {
            String line = pcrfd.awaitOut(l -> l.contains("listening for Diameter on"), Duration.ofSeconds(60));
            assertThat(line).startsWith("pcrfd 0.1.0-SNAPSHOT: PCRF pcrf.daemon.example (realm daemon.example) "
                    + "listening for Diameter on 127.0.0.1:" + port + "; admin REST on 127.0.0.1:").endsWith("; store: memory");
            try (TestPeer pgw = TestPeer.client(DICT, PCEF, "daemon.example", port, ApplicationIds.GX)) {
                DiameterMessage cea = pgw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
                assertThat(resultCode(cea)).isEqualTo(2001);
                assertThat(cea.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.daemon.example");
                DiameterMessage cca = pgw.request(ccrInitial("pgw.daemon.example;1;42")).get(10, TimeUnit.SECONDS);
                assertThat(resultCode(cca)).isEqualTo(2001);
                assertThat(cca.avp("Default-EPS-Bearer-QoS").orElseThrow().child("QoS-Class-Identifier").orElseThrow()
                        .asInt()).as("the embedded default policy").isEqualTo(9);
                // The same UE address in a new session evicts the old one; the line says which request did it.
                DiameterMessage second = pgw.request(ccrInitial("pgw.daemon.example;1;43")).get(10, TimeUnit.SECONDS);
                assertThat(resultCode(second)).isEqualTo(2001);
                String evicted = pcrfd.awaitErr(l -> l.contains("Session-Id=pgw.daemon.example;1;42 evicted"),
                        Duration.ofSeconds(10));
                assertThat(evicted).matches(".* WARN  \\[diameter-[^]]+\\] \\S+ peer=pgw\\.daemon\\.example "
                        + "session=pgw\\.daemon\\.example;1;43 hbh=0x[0-9a-f]{8} Session-Id=pgw\\.daemon\\.example;1;42 evicted.*");

                long sigterm = System.nanoTime();
                pcrfd.terminate();

                DiameterMessage dpr = pgw.awaitReceived(m -> m.commandCode() == 282 && m.isRequest(), Duration.ofSeconds(15));
                assertThat(dpr.avp("Disconnect-Cause").orElseThrow().asInt()).as("REBOOTING").isZero();
                assertThat(pcrfd.exitWithin(Duration.ofSeconds(30))).isZero();
                assertThat(Duration.ofNanos(System.nanoTime() - sigterm)).isLessThan(Duration.ofSeconds(15));
            }
            assertThat(Files.readString(dir.resolve("snapshot.dat"))).contains("pgw.daemon.example;1;42");
            assertThat(pcrfd.stderr()).anyMatch(l -> l.endsWith("stopped")).noneMatch(l -> l.startsWith("\tat "));
        }
    }

    @Test
    void aPortInUseIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try (Daemon pcrfd = Daemon.start(Map.of(), "run", "--config",
                    config(dir, port, Daemon.freePort()).toString())) {
                assertThat(pcrfd.exitWithin(Duration.ofSeconds(60))).isEqualTo(3);
                assertThat(pcrfd.stderr()).filteredOn(l -> l.startsWith("pcrfd: ")).containsExactly(
                        "pcrfd: cannot start: cannot listen for Diameter on 127.0.0.1:" + port + ": address already in use");
                assertThat(pcrfd.stderr()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
                assertThat(pcrfd.stdout()).isEmpty();
            }
        }
    }

    private static DiameterMessage ccrInitial(String sessionId) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", PCEF).add("Origin-Realm", "daemon.example")
                .add("Destination-Realm", "daemon.example").add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "001010000000042"))
                .add("Framed-IP-Address", new byte[] {10, 40, 0, 1})
                .add("Called-Station-Id", "internet").build();
    }

    private static long resultCode(DiameterMessage m) {
        return m.avp("Result-Code").map(Avp::asUnsigned32).orElse(-1L);
    }
}
