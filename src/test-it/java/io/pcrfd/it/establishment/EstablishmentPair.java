package io.pcrfd.it.establishment;

import static io.pcrfd.it.Await.await;

import io.pcrfd.bpcf.BpcfNode;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.it.WireGrammar;
import io.pcrfd.pcrf.cli.demo.Ladder;
import io.pcrfd.pcrf.cli.demo.WireRelay;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.node.DiameterOptions;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A PCRF (a Diameter node with the establishment module; the Gx side is played by the test
 * through the store and {@link GxPolicyPort}) and a BPCF ({@link BpcfNode}, the shipped role
 * runtime) on loopback ports, the BPCF dialling the PCRF as config/bpcf.yaml does, through a
 * {@link WireRelay} whose {@link WireGrammar} checks every message both write; {@link #close()}
 * fails if one broke its command's grammar.
 */
final class EstablishmentPair implements AutoCloseable {
    static final String PCRF = "pcrf.e2e.example";
    static final String BPCF = "bpcf.e2e.example";

    final Clock clock = Clock.systemUTC();
    final InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), clock);
    final ExecutorService afterAnswer = Executors.newVirtualThreadPerTaskExecutor();
    final DiameterNode pcrfNode;
    final EstablishmentModule pcrf;
    final List<GxPolicyPort.RejectedQosRule> rejected = new CopyOnWriteArrayList<>();
    volatile PolicyState policy;
    /** Told when the PCRF has linked an S9a session to a Gx session (it asks for the QoS rules then). */
    volatile java.util.function.Consumer<IpCanSession> onLinked = gx -> { };
    BpcfNode bpcf;
    final Ladder wire = new Ladder(List.of("PCRF", "BPCF"));
    final WireGrammar grammar;
    private final WireRelay relay;

    private final String lines;

    EstablishmentPair(String encoding, String mode) {
        this(encoding, mode, "198.51.100.0/24", LINES);
    }

    /** With another mapped prefix and BPCF access lines (YAML list items, indented 4, under bpcf.lines). */
    EstablishmentPair(String encoding, String mode, String prefix, String lines) {
        this.lines = lines;
        NodeConfig config = ConfigLoader.load(pcrfYaml(encoding, mode, prefix), Path.of("."), Map.of());
        Dictionary dictionary = EstablishmentModule.dictionary(config);
        NodeOptions options = DiameterOptions.from(config.diameter(), EstablishmentModule.APPLICATIONS,
                clock.millis() / 1000, true);
        Dispatcher dispatcher = new Dispatcher();
        pcrfNode = DiameterNode.create(dictionary, options, dispatcher);
        pcrf = EstablishmentModule.create(config, dictionary, store, gxPort(), pcrfNode::send, afterAnswer, clock);
        pcrf.register(dispatcher);
        pcrfNode.subscribe(pcrf::onNodeEvent);
        pcrfNode.start();
        grammar = new WireGrammar(dictionary, Set.of("PCRF", "BPCF"), wire::record);
        relay = new WireRelay(dictionary, pcrfNode.localAddresses().get(0).getPort(), "BPCF", "PCRF", grammar);
    }

    /** Starts the BPCF, dialling the PCRF, and waits for the S9a connection to be open. */
    EstablishmentPair startBpcf() {
        bpcf = BpcfNode.start(ConfigLoader.load(bpcfYaml(relay.port(), lines),
                Path.of("."), Map.of()), clock, true);
        // Open and past the watchdog's INITIAL state: only then does the router use the peer.
        await("the BPCF's connection open", Duration.ofSeconds(10), () -> pcrfNode.peer(BPCF)
                .map(s -> s.state().name().endsWith("OPEN") && "OKAY".equals(s.watchdog().name())).orElse(false));
        // Both ends: the BPCF dials, and its router uses the PCRF only once it has read the CEA.
        await("the PCRF usable from the BPCF", Duration.ofSeconds(10), () -> bpcf.diameter().peer(PCRF)
                .map(s -> s.state().name().endsWith("OPEN") && "OKAY".equals(s.watchdog().name())).orElse(false));
        return this;
    }

    static final String LINES = """
                - id: line-1
                  prefix: 198.51.100.0/25
                  uplink: 20Mbps
                  downlink: 100Mbps
                - id: line-2
                  prefix: 198.51.100.128/25
                  uplink: 2Mbps
                  downlink: 10Mbps
            """;

    static String pcrfYaml(String encoding, String mode, String prefix) {
        return """
                role: pcrf
                diameter:
                  originHost: pcrf.e2e.example
                  originRealm: e2e.example
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: bpcf.e2e.example
                      realm: e2e.example
                      connect: false
                  requestTimeout: 2s
                establishment:
                  peers:
                    - host: bpcf.e2e.example
                      encoding: %s
                      mode: %s
                  mappings:
                    - prefix: %s
                      peer: bpcf.e2e.example
                  triggerTimeout: 5s
                  retries: 2
                """.formatted(encoding, mode, prefix);
    }

    static String bpcfYaml(int pcrfPort, String lines) {
        return """
                role: bpcf
                diameter:
                  originHost: bpcf.e2e.example
                  originRealm: e2e.example
                  listen:
                    - address: 127.0.0.1
                      port: 3869
                  peers:
                    - host: pcrf.e2e.example
                      address: 127.0.0.1
                      port: %d
                      realm: e2e.example
                      connect: true
                store:
                  snapshot:
                    enabled: false
                establishment:
                  enabled: false
                bpcf:
                  pcrfPeer: pcrf.e2e.example
                  lines:
                """.formatted(pcrfPort) + lines;
    }

    private GxPolicyPort gxPort() {
        return new GxPolicyPort() {
            @Override
            public CompletionStage<PolicyState> installedPolicy(IpCanSession gx) {
                onLinked.accept(gx);
                return CompletableFuture.completedFuture(policy);
            }

            @Override
            public CompletionStage<Void> qosRulesRejected(IpCanSession gx, List<RejectedQosRule> r) {
                rejected.addAll(r);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    /** What the Gx handler stores for a UE on WLAN before it tells establishment. */
    IpCanSession gxSession(String sessionId, String imsi, String ueLocalIp) {
        IpCanSession s = IpCanSession.builder(sessionId).imsi(imsi).apn("internet").gatewayHost("epdg.e2e.example")
                .access(new AccessInfo(ueLocalIp, null, 4500, null)).ratType("WLAN").startedAt(clock.instant())
                .updatedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofHours(1))).build();
        return store.sessions().create(s).toCompletableFuture().join().value();
    }

    IpCanSession gx(String sessionId) {
        return store.sessions().get(sessionId).toCompletableFuture().join().orElseThrow();
    }

    /** Stops both nodes, then fails if a message either wrote broke its grammar. */
    @Override
    public void close() {
        if (bpcf != null) {
            bpcf.shutdown(Duration.ofSeconds(2));
        }
        pcrfNode.close();
        relay.close();
        afterAnswer.shutdownNow();
        store.close();
        grammar.assertClean();
    }
}
