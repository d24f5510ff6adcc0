package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordingFile;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What a fresh daemon's first gateways meet after the warm-up ({@code startup.warmup}, README
 * "Fast start in CI"): while the copy's traffic runs, new gateways connect to it four at a time
 * (CER/CEA, one Gx session, DPR/DPA), a few hundred of them, and the copy's log lines are formatted by the configured
 * encoder and dropped, so that the real node's first peers find the accept, capabilities
 * exchange, new-peer and logging paths already loaded and run.
 */
@Timeout(60)
class WarmupNewPeersTest {
    @TempDir
    Path dir;

    private NodeConfig config() {
        return ConfigLoader.load("""
                diameter:
                  originHost: pcrf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                startup: {warmup: true, warmupTime: 300ms}
                """, null, Map.of());
    }

    private static final NodeEnvironment ENV = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);

    @Test
    void newGatewaysConnectToTheCopyFourAtATimeSoManyAtLeastEachAnswered2001() {
        NodeConfig c = config();
        Warmup.Result r = Warmup.run(c, ENV, PolicyHolder.load(c.policy()), Duration.ofMillis(300));

        assertThat(r.gateways()).as("the long-lived gateway and the new ones, at least so many")
                .isGreaterThanOrEqualTo(1 + WarmupPeers.AT_LEAST);
        assertThat(r.sessions()).as("one session per new gateway at least").isGreaterThanOrEqualTo(r.gateways());
        assertThat(r.failed()).as(r.firstFailure()).isZero();
    }

    @Test
    void theCopysLinesAreFormattedByTheConfiguredEncoderThenDroppedOnlyTheSummaryIsWritten() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> shipped = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(shipped::add);
        RecordingEncoder encoder = new RecordingEncoder(root);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> out = new OutputStreamAppender<>();
        out.setContext(root.getLoggerContext());
        out.setEncoder(encoder);
        out.setOutputStream(written);
        out.start();
        shipped.forEach(root::detachAppender);
        root.addAppender(out);
        try {
            Warmup.beforeListening(config(), ENV);
        } finally {
            root.detachAppender(out);
            shipped.forEach(root::addAppender);
        }

        assertThat(encoder.formatted).as("the copy's own lines, through the configured encoder")
                .anyMatch(m -> m.startsWith("listening on /127.0.0.1:"))
                .anyMatch(m -> m.equals("peer=warm-up-1.pcrfd.invalid realm=pcrfd.invalid not configured, accepted "
                        + "(no allow-list)"));
        assertThat(written.toString(StandardCharsets.UTF_8).lines().toList()).as("none of them written")
                .singleElement().asString().startsWith("warm-up: ").contains(" gateways through a throwaway copy");
        assertThat(root.getLoggerContext().getLogger("io.pcrfd").iteratorForAppenders().hasNext()).as("the sink is gone").isFalse();
        assertThat(out.getCopyOfAttachedFiltersList()).as("the appender's filter is gone").isEmpty();
    }

    @Test
    void aWarmedNodesFirstGatewaysLoadNoClassOfTheDiameterPathAndAreAnswered2001() throws Exception {
        NodeConfig c = config();
        Warmup.beforeListening(c, ENV);
        Path jfr = dir.resolve("first-gateways.jfr");
        WarmupPeers first;
        try (PcrfNode node = PcrfNode.start(c, ENV); Recording recording = new Recording()) {
            recording.enable("jdk.ClassLoad");
            recording.start();
            first = WarmupPeers.once(c.diameter().originRealm(), node.diameterAddresses().get(0));
            recording.stop();
            recording.dump(jfr);
        }

        assertThat(first.gateways()).isEqualTo(WarmupPeers.LANES);
        assertThat(first.tally().requests()).as("CCR-I, CCR-T each").isEqualTo(2L * WarmupPeers.LANES);
        assertThat(first.tally().failed()).as(first.tally().firstFailure()).isZero();
        assertThat(RecordingFile.readAllEvents(jfr).stream()
                .map(e -> e.<RecordedClass>getValue("loadedClass").getName())
                .filter(n -> n.startsWith("io.pcrfd.") || n.startsWith("io.netty.channel.")
                        || n.startsWith("io.netty.handler.") || n.startsWith("ch.qos.logback."))
                // not the allocator's internals (io.netty.buffer, io.netty.util), which load with
                // memory use and contention, nor hidden classes the JIT makes (lambda forms)
                .filter(n -> !n.contains("$$Lambda") && !n.contains("/0x")))
                .as("classes loaded by the real node's first gateways (accept, CER/CEA, Gx, DPR, logging)").isEmpty();
    }

    @Test
    void newGatewaysStopAtTheDeadlineWhenTheTrafficNeverEnds() throws Exception {
        NodeConfig c = config();
        WarmupPeers peers;
        long tookMillis;
        try (PcrfNode node = PcrfNode.start(c, ENV)) {
            long start = System.nanoTime();
            peers = WarmupPeers.whileRunning(c.diameter().originRealm(), node.diameterAddresses().get(0),
                    new CompletableFuture<Void>(), start + TimeUnit.SECONDS.toNanos(1));
            tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        assertThat(tookMillis).as("back soon after the deadline, not when a never-ending traffic ends")
                .isLessThan(15_000);
        assertThat(peers.gateways()).as("each lane ran its gateways until the deadline").isGreaterThanOrEqualTo(1);
        assertThat(peers.tally().failed()).as(peers.tally().firstFailure()).isZero();
    }

    /** The shipped layout's message, recorded as each event is encoded. */
    private static final class RecordingEncoder extends PatternLayoutEncoder {
        final List<String> formatted = new CopyOnWriteArrayList<>();

        RecordingEncoder(Logger root) {
            setContext(root.getLoggerContext());
            setPattern("%msg%n");
            start();
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            formatted.add(event.getFormattedMessage());
            return super.encode(event);
        }
    }
}
