package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The warm-up before listening ({@code startup.warmup}): it answers its synthetic sessions 2001
 * through a throwaway copy of the node, and leaves nothing behind: the store, its snapshot, the
 * Origin-State-Id, the counters and the metrics of the node started after it are what they would
 * have been without it, and the copy's own log lines ("listening ...") are not written.
 */
@Timeout(60)
class WarmupTest {
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String SESSION = "pgw1.epc.example;1;before-the-restart";

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    /** The summary is INFO, which a logback-test.xml on the class path may hide (root at WARN). */
    private final Logger warmup = (Logger) LoggerFactory.getLogger(Warmup.class);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
        warmup.setLevel(Level.INFO);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
        warmup.setLevel(null);
    }

    private NodeConfig config(String startup) {
        return ConfigLoader.load("""
                diameter:
                  originHost: pcrf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                rest: {enabled: false}
                store: {snapshot: {enabled: true, path: "%s"}}
                startup: %s
                """.formatted(dir.resolve("snapshot.dat"), startup), null, Map.of());
    }

    private static NodeEnvironment at(long secondsAfterT0) {
        return NodeEnvironment.DEFAULTS.withEphemeralPorts(true)
                .withClock(Clock.fixed(T0.plusSeconds(secondsAfterT0), ZoneOffset.UTC));
    }

    @Test
    void theSyntheticSessionsAreAnswered2001ThroughTheCopy() {
        NodeConfig c = config("{warmup: true, warmupTime: 300ms}");
        Warmup.Result r = Warmup.run(c, at(0), PolicyHolder.load(c.policy()), Duration.ofMillis(300));

        assertThat(r.sessions()).isPositive();
        assertThat(r.requests()).isGreaterThanOrEqualTo(r.sessions()).isLessThanOrEqualTo(3 * r.sessions());
        assertThat(r.failed()).as(r.firstFailure()).isZero();
        assertThat(r.refused()).as("3004 from the cold copy's admission control at most").isLessThan(r.requests());
        assertThat(Files.exists(dir.resolve("snapshot.dat"))).as("the copy writes no snapshot").isFalse();
    }

    @Test
    void theNodeStartedAfterTheWarmUpHasItsOwnStateOnlySnapshotOriginStateIdCountersAndMetrics() throws Exception {
        NodeConfig c = config("{warmup: true, warmupTime: 300ms}");
        PcrfNode before = PcrfNode.start(c, at(0));
        assertThat(GxRequests.resultCode(before.gx().handle(PcrfNodeTest.ccrInitial(SESSION)).toCompletableFuture()
                .get(5, java.util.concurrent.TimeUnit.SECONDS))).isEqualTo(2001);
        long announced = before.diameter().identity().originStateId();
        before.shutdown(Duration.ofSeconds(1));
        before.awaitTermination();
        byte[] snapshot = Files.readAllBytes(dir.resolve("snapshot.dat"));

        Warmup.beforeListening(c, at(10));

        assertThat(Files.readAllBytes(dir.resolve("snapshot.dat"))).as("neither loaded nor written").isEqualTo(snapshot);
        try (PcrfNode after = PcrfNode.start(c, at(20))) {
            assertThat(after.diameter().identity().originStateId()).as("kept with the snapshot").isEqualTo(announced);
            assertThat(after.admin().session(SESSION)).isPresent();
            assertThat(after.admin().session(WarmupTraffic.ORIGIN_HOST + ";warm-up;1")).isEmpty();
            assertThat(after.admin().counters()).containsEntry("store.sessions", 1L)
                    .allSatisfy((name, value) -> assertThat(value).as(name)
                            .isEqualTo(name.equals("store.sessions") ? 1L : 0L));
            assertThat(after.admin().metrics()).doesNotContain(WarmupTraffic.ORIGIN_HOST)
                    .doesNotContainPattern("(?m)^pcrfd_diameter_\\S*(\\{[^}]*\\})? [1-9]");
        }
        assertThat(messages(Level.INFO)).filteredOn(m -> m.startsWith("warm-up: ")).singleElement().asString()
                .matches("warm-up: [1-9]\\d* Gx sessions \\(\\d+ requests, \\d+ refused 3004 by admission control while "
                        + "cold, the others 2001\\) from [1-9]\\d* gateways through a throwaway copy of this node over loopback "
                        + "in \\d+ ms; nothing "
                        + "of it is kept");
    }

    @Test
    void theCopyLogsNothingBelowErrorSoTheOnlyListeningLineIsTheRealNodes() {
        Logger peer = (Logger) LoggerFactory.getLogger("io.pcrfd.diameter.peer");
        Level before = peer.getLevel(); // INFO in the reactor's logback-test.xml, none with the shipped file
        Warmup.beforeListening(config("{warmup: true, warmupTime: 100ms}"), at(0));

        assertThat(messages(Level.TRACE)).as("not the copy's peer or listening lines, whatever the levels")
                .singleElement().asString().startsWith("warm-up: ");
        assertThat(peer.getLevel()).as("put back").isEqualTo(before);
        assertThat(((Logger) LoggerFactory.getLogger("io.pcrfd")).getLevel()).as("put back").isNull();
    }

    @Test
    void switchedOffThereIsNoWarmUp() {
        Warmup.beforeListening(config("{warmup: false}"), at(0));

        assertThat(messages(Level.TRACE)).isEmpty();
    }

    private List<String> messages(Level atLeast) {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(atLeast))
                .filter(e -> e.getLoggerName().startsWith("io.pcrfd")).map(ILoggingEvent::getFormattedMessage).toList();
    }
}
