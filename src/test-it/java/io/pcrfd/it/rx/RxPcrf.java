package io.pcrfd.it.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PCRF runtime with Rx switched on ({@code applications.rx: on}), on free loopback ports,
 * with the Rx end-to-end policy and a fixed clock; and its peers: a PCEF (Gx) and an AF (Rx),
 * both {@link TestPeer}s over TCP.
 */
final class RxPcrf implements AutoCloseable {
    static final Dictionary DICT = Dictionary.standard();
    static final String CONFIG = """
            diameter:
              originHost: pcrf.rx.example
              originRealm: rx.example
              listen: [{address: 127.0.0.1, port: 3868}]
            rest: {address: 127.0.0.1, port: 8080}
            store: {snapshot: {enabled: false}}
            policy: {file: policy.yaml}
            gx: {inactivityTimeout: 10m, rarTimeout: 2s, rarRetries: 1}
            applications: {rx: on}
            """;

    final PcrfNode node;

    private RxPcrf(PcrfNode node) {
        this.node = node;
    }

    static RxPcrf start(Path dir) {
        return start(dir, CONFIG);
    }

    /** The same with the configuration {@code yaml} instead of {@link #CONFIG}. */
    static RxPcrf start(Path dir, String yaml) {
        try (InputStream in = RxPcrf.class.getResourceAsStream("/rx-e2e/policy.yaml")) {
            Files.write(dir.resolve("policy.yaml"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeConfig config = ConfigLoader.load(yaml, dir, Map.of());
        Clock clock = Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC);
        NodeEnvironment env = NodeEnvironment.DEFAULTS.withClock(clock).withEphemeralPorts(true);
        return new RxPcrf(PcrfNode.start(config, env));
    }

    /**
     * The same without admission control ({@code diameter.overload.enabled: false}): for a latency
     * measurement on a shared machine, where a stalled scheduler would otherwise turn delay into 3004.
     */
    static RxPcrf startWithoutAdmission(Path dir) {
        return start(dir, CONFIG.replace("  listen: [{address: 127.0.0.1, port: 3868}]\n",
                "  listen: [{address: 127.0.0.1, port: 3868}]\n  overload: {enabled: false}\n"));
    }

    int diameterPort() {
        return node.diameterAddresses().get(0).getPort();
    }

    /** A peer that completed CER/CEA with the PCRF (2001) serving {@code application}. */
    static TestPeer connect(String host, String realm, int port, long application) {
        TestPeer peer = TestPeer.client(DICT, host, realm, port, application);
        DiameterMessage cea = peer.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(RxAf.resultCode(cea)).isEqualTo(2001);
        return peer;
    }

    TestPeer pcef() {
        return connect(RxAf.PCEF_HOST, "epc.rx.example", diameterPort(), ApplicationIds.GX);
    }

    TestPeer af() {
        return connect(RxAf.AF_HOST, "ims.rx.example", diameterPort(), ApplicationIds.RX);
    }

    static DiameterMessage call(TestPeer peer, DiameterMessage request) {
        try {
            return peer.request(request).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + request.sessionId().orElse("?"), e);
        }
    }

    @Override
    public void close() {
        node.shutdown(Duration.ofSeconds(2));
    }
}
