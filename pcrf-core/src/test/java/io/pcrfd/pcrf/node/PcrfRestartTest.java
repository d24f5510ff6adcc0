package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a PCRF keeps across a restart (README "What a restart keeps"): a planned stop's snapshot is
 * loaded once and the Origin-State-Id stays; a crash after that start finds no snapshot and the
 * Origin-State-Id grows; an unreadable snapshot stops the start with one line, or is set aside.
 */
class PcrfRestartTest {
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String SESSION = "pgw1.epc.example;1;restart";

    @TempDir
    Path dir;

    private NodeConfig config(String snapshotExtra) {
        return ConfigLoader.load("""
                diameter:
                  originHost: pcrf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                rest: {enabled: false}
                store: {snapshot: {enabled: true, path: "%s"%s}}
                """.formatted(snapshot(), snapshotExtra), null, Map.of());
    }

    private Path snapshot() {
        return dir.resolve("pcrfd-snapshot.dat");
    }

    private static PcrfNode start(NodeConfig c, long secondsAfterT0) {
        Clock clock = Clock.fixed(T0.plusSeconds(secondsAfterT0), ZoneOffset.UTC);
        return PcrfNode.start(c, NodeEnvironment.DEFAULTS.withEphemeralPorts(true).withClock(clock));
    }

    private static void stop(PcrfNode pcrf) throws InterruptedException {
        pcrf.shutdown(Duration.ofSeconds(1));
        pcrf.awaitTermination();
    }

    @Test
    void aPlannedRestartKeepsTheSessionsAndTheOriginStateIdAndACrashAfterItKeepsNeither() throws Exception {
        PcrfNode first = start(config(""), 0);
        assertThat(resultCode(first.gx().handle(PcrfNodeTest.ccrInitial(SESSION)))).isEqualTo(2001);
        long announced = first.diameter().identity().originStateId();
        assertThat(announced).isEqualTo(T0.getEpochSecond());
        stop(first);

        PcrfNode second = start(config(""), 10);
        assertThat(second.diameter().identity().originStateId()).as("state kept").isEqualTo(announced);
        assertThat(second.admin().session(SESSION)).isPresent();
        assertThat(snapshot()).as("taken: a crash now cannot reload it").doesNotExist();

        // The second node crashes (it never writes a snapshot); the third starts in its place.
        try (PcrfNode third = start(config(""), 20)) {
            assertThat(third.diameter().identity().originStateId()).as("state lost")
                    .isEqualTo(T0.getEpochSecond() + 20);
            assertThat(third.admin().session(SESSION)).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void aTruncatedSnapshotStopsTheStartWithOneLineNamingTheFileAndTheWayOut() throws Exception {
        String cut = "{\"format\":1,\"sessions\":[{\"sessionId\":\"x";
        Files.writeString(snapshot(), cut);

        assertThatThrownBy(() -> start(config(""), 0)).isInstanceOf(StartupException.class)
                .hasMessage("snapshot " + snapshot() + " is unreadable (truncated: the JSON stops at byte " + cut.length() + ", before "
                        + "the snapshot is complete); it holds the state of the last planned stop: move it away to "
                        + "start without that state, or set store.snapshot.ifUnreadable: start-empty");
        assertThat(snapshot()).exists();
    }

    @Test
    void withStartEmptyAnUnreadableSnapshotIsSetAsideAndTheNodeStartsWithNoState() throws Exception {
        Files.writeString(snapshot(), "{\"format\":1,");

        try (PcrfNode pcrf = start(config(", ifUnreadable: start-empty"), 0)) {
            assertThat(pcrf.admin().session(SESSION)).isEmpty();
            assertThat(pcrf.diameter().identity().originStateId()).isEqualTo(T0.getEpochSecond());
        }
        assertThat(Files.readString(dir.resolve("pcrfd-snapshot.dat.unreadable"))).isEqualTo("{\"format\":1,");
    }

    @Test
    void aStartThatFailsAfterTheLoadWritesTheSnapshotBack() throws Exception {
        PcrfNode first = start(config(""), 0);
        first.gx().handle(PcrfNodeTest.ccrInitial(SESSION)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        stop(first);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            NodeConfig onTakenPort = ConfigLoader.load("""
                    diameter:
                      originHost: pcrf.test.example
                      originRealm: test.example
                      listen: [{address: 127.0.0.1, port: %d}]
                    rest: {enabled: false}
                    store: {snapshot: {enabled: true, path: "%s"}}
                    """.formatted(taken.getLocalPort(), snapshot()), null, Map.of());
            assertThatThrownBy(() -> PcrfNode.start(onTakenPort, NodeEnvironment.DEFAULTS))
                    .isInstanceOf(StartupException.class);
        }

        assertThat(Files.readString(snapshot())).contains(SESSION);
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsOneLineAndStillEndsTheStop() throws Exception {
        Path gone = Files.createDirectory(dir.resolve("gone"));
        NodeConfig c = ConfigLoader.load("""
                diameter: {originHost: pcrf.test.example, originRealm: test.example}
                rest: {enabled: false}
                store: {snapshot: {enabled: true, path: "%s"}}
                """.formatted(gone.resolve("s.dat")), null, Map.of());
        PcrfNode pcrf = PcrfNode.start(c, NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        Files.delete(gone);

        stop(pcrf);

        assertThat(pcrf.stopFailure()).hasValue("cannot write snapshot " + gone.resolve("s.dat")
                + ": no such file or directory: " + gone.resolve("s.dat.tmp")
                + "; the next start begins without this run's state");
    }

    private static long resultCode(java.util.concurrent.CompletionStage<DiameterMessage> answer) throws Exception {
        return answer.toCompletableFuture().get(5, TimeUnit.SECONDS).avp("Result-Code").orElseThrow().asUnsigned32();
    }
}
