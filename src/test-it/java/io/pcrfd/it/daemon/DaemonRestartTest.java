package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the daemon keeps across a restart, as a process (README "What a restart keeps"): SIGTERM
 * writes the snapshot, the next start loads it and announces the same Origin-State-Id in its CEA;
 * after kill -9 the next start loads nothing (the snapshot was taken) and announces a larger
 * one. A truncated snapshot is one line and exit 3, or with ifUnreadable start-empty is set aside.
 */
@Timeout(120)
class DaemonRestartTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String PCEF = "pgw.restart.example";
    private static final String SESSION = PCEF + ";1;1";
    private static final Duration START = Duration.ofSeconds(60);
    /**
     * One test starts the daemon three times; without C2 a JVM starts in about half the time,
     * which keeps it well under 30 s on a loaded two-core machine. Nothing here measures speed.
     */
    private static final Map<String, String> QUICK_START = Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;

    private Path snapshot() {
        return dir.resolve("snapshot.dat");
    }

    private Path config(int port) throws Exception {
        return Files.writeString(dir.resolve("pcrf.yaml"), """
                diameter:
                  originHost: pcrf.restart.example
                  originRealm: restart.example
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {enabled: false}
                store: {snapshot: {enabled: true, path: "%s"}}
                """.formatted(port, snapshot()));
    }

    private Daemon start(int port, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(QUICK_START);
        all.putAll(env);
        Daemon d = Daemon.start(all, "run", "--config", config(port).toString());
        d.awaitOut(l -> l.contains("listening for Diameter on"), START);
        return d;
    }

    @Test
    void sigtermKeepsTheSessionsAndTheOriginStateIdAndKillAfterwardsKeepsNeither() throws Exception {
        int port = Daemon.freePort();
        long announced;
        try (Daemon first = start(port, Map.of())) {
            announced = CapabilitiesProbe.originStateId(port, "probe1.restart.example");
            try (TestPeer pgw = gateway(port)) {
                assertThat(resultCode(pgw.request(ccr("INITIAL_REQUEST", 0)).get(10, TimeUnit.SECONDS))).isEqualTo(2001);
                first.terminate();
                assertThat(first.exitWithin(Duration.ofSeconds(30))).isZero();
            }
        }
        try (Daemon second = start(port, Map.of())) {
            assertThat(CapabilitiesProbe.originStateId(port, "probe2.restart.example")).as("state kept")
                    .isEqualTo(announced);
            try (TestPeer pgw = gateway(port)) {
                assertThat(resultCode(pgw.request(ccr("UPDATE_REQUEST", 1)).get(10, TimeUnit.SECONDS))).isEqualTo(2001);
                assertThat(resultCode(pgw.request(ccr("TERMINATION_REQUEST", 2)).get(10, TimeUnit.SECONDS)))
                        .isEqualTo(2001);
            }
            second.kill();
            second.exitWithin(Duration.ofSeconds(10));
        }
        assertThat(snapshot()).as("taken by the second start, never rewritten").doesNotExist();
        try (Daemon third = start(port, Map.of())) {
            assertThat(CapabilitiesProbe.originStateId(port, "probe3.restart.example")).as("state lost")
                    .isGreaterThan(announced);
            try (TestPeer pgw = gateway(port)) {
                assertThat(resultCode(pgw.request(ccr("UPDATE_REQUEST", 3)).get(10, TimeUnit.SECONDS)))
                        .as("the session ended before the crash is not back").isEqualTo(5002);
            }
        }
    }

    @Test
    void aTruncatedSnapshotIsOneLineAndExitThree() throws Exception {
        String cut = "{\"kind\":\"pcrfd-store\",\"format\":1,\"sessions\":[{\"sessionId\":\"pgw;1";
        Files.writeString(snapshot(), cut);
        try (Daemon pcrfd = Daemon.start(QUICK_START, "run", "--config", config(Daemon.freePort()).toString())) {
            assertThat(pcrfd.exitWithin(START)).isEqualTo(3);
            assertThat(pcrfd.stderr()).filteredOn(l -> l.startsWith("pcrfd: ")).containsExactly("pcrfd: cannot start: "
                    + "snapshot " + snapshot() + " is unreadable (truncated: the JSON stops at byte " + cut.length()
                    + ", before the snapshot is complete); it holds the state of the last planned stop: move it away "
                    + "to start without that state, or set store.snapshot.ifUnreadable: start-empty");
            assertThat(pcrfd.stderr()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
        }
        assertThat(Files.readString(snapshot())).isEqualTo(cut);
    }

    @Test
    void withStartEmptyFromTheEnvironmentATruncatedSnapshotIsSetAside() throws Exception {
        Files.writeString(snapshot(), "{\"format\":1,");
        int port = Daemon.freePort();
        try (Daemon pcrfd = start(port, Map.of("PCRFD_STORE_SNAPSHOT_IF_UNREADABLE", "start-empty"))) {
            assertThat(pcrfd.stderr()).anyMatch(l -> l.contains(" WARN ") && l.contains("snapshot " + snapshot()
                    + " is unreadable (truncated") && l.endsWith("moved to " + snapshot() + ".unreadable; starting with "
                    + "no state (store.snapshot.ifUnreadable: start-empty)"));
            pcrfd.terminate();
            assertThat(pcrfd.exitWithin(Duration.ofSeconds(30))).isZero();
        }
        assertThat(Files.readString(dir.resolve("snapshot.dat.unreadable"))).isEqualTo("{\"format\":1,");
        assertThat(Files.readString(snapshot())).as("this run's own snapshot").contains("\"kind\":\"pcrfd-store\"");
    }

    private static TestPeer gateway(int port) {
        TestPeer pgw = TestPeer.client(DICT, PCEF, "restart.example", port, ApplicationIds.GX);
        DiameterMessage cea = pgw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(resultCode(cea)).isEqualTo(2001);
        return pgw;
    }

    private static DiameterMessage ccr(String type, int number) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", SESSION).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", PCEF).add("Origin-Realm", "restart.example")
                .add("Destination-Realm", "restart.example").add("CC-Request-Type", type)
                .add("CC-Request-Number", number);
        if (number == 0) {
            b.addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                    .add("Subscription-Id-Data", "001010000000043"))
                    .add("Framed-IP-Address", new byte[] {10, 40, 0, 2}).add("Called-Station-Id", "internet");
        }
        if ("TERMINATION_REQUEST".equals(type)) {
            b.add("Termination-Cause", "DIAMETER_LOGOUT");
        }
        return b.build();
    }

    private static long resultCode(DiameterMessage m) {
        return m.avp("Result-Code").map(Avp::asUnsigned32).orElse(-1L);
    }
}
