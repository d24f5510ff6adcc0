package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.EstablishmentConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.config.IpPrefix;
import io.pcrfd.pcrf.config.LocalIpMappingConfig;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import io.pcrfd.pcrf.establishment.EstablishmentCounters;
import io.pcrfd.pcrf.establishment.EstablishmentInitiator;
import io.pcrfd.pcrf.establishment.EstablishmentService;
import io.pcrfd.pcrf.establishment.LocalNode;
import io.pcrfd.pcrf.establishment.ProjectAvps;
import io.pcrfd.pcrf.establishment.SessionIds;
import io.pcrfd.pcrf.establishment.TriggerMessages;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.establishment.s9a.S9aContext;
import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pcrfd PCRF and a pcrfd BPCF joined without sockets: every message is encoded to bytes and
 * decoded by the receiver's dictionary with zero validation errors (strictly, as what we send), and recorded as a ladder
 * line. Work a node defers until its answer is written runs when the test calls {@link #settle()}.
 */
final class Loop implements AutoCloseable {
    static final String PCRF = "pcrf.pcrfd.local";
    static final String BPCF = "bpcf.pcrfd.local";
    static final String BPCF_YAML = """
            role: bpcf
            diameter:
              originHost: bpcf.pcrfd.local
              originRealm: pcrfd.local
            bpcf:
              pcrfPeer: pcrf.pcrfd.local
              lines:
                - id: line-1
                  prefix: 198.51.100.0/25
                  uplink: 20Mbps
                  downlink: 100Mbps
                - id: line-2
                  prefix: 198.51.100.128/25
                  uplink: 2Mbps
                  downlink: 10Mbps
                - id: line-3
                  logicalAccessId: "dslam-7 atm 3/0:8.35"
                  uplink: 4Mbps
                  downlink: 20Mbps
            """;

    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), clock);
    final Dictionary dictionary;
    final DiameterCodec codec;
    final List<String> ladder = new CopyOnWriteArrayList<>();
    final List<DiameterMessage> wire = new CopyOnWriteArrayList<>();
    final Queue<Runnable> deferred = new ArrayDeque<>();
    final EstablishmentService pcrf;
    final S9aRequestHandler pcrfS9a;
    final Bpcf bpcf;
    volatile PolicyState policy;
    final List<GxPolicyPort.RejectedQosRule> rejected = new CopyOnWriteArrayList<>();

    Loop(Encoding encoding, Mode mode) {
        this(encoding, mode, ProjectAvpsConfig.defaults());
    }

    Loop(Encoding encoding, Mode mode, ProjectAvpsConfig avps) {
        dictionary = ProjectAvps.dictionary(avps);
        codec = new DiameterCodec(dictionary);
        EstablishmentConfig est = new EstablishmentConfig(true,
                List.of(new EstablishmentPeerConfig(BPCF, encoding, mode, Application.S9A)),
                List.of(new LocalIpMappingConfig(IpPrefix.parse("198.51.100.0/24"), BPCF)), Duration.ofSeconds(5), 2, avps);
        EstablishmentInitiator initiator = new EstablishmentInitiator(est,
                new TriggerMessages(dictionary, new LocalNode(PCRF, "pcrfd.local")), h -> "pcrfd.local", store,
                toBpcf(), clock, new SessionIds(PCRF, clock), new EstablishmentCounters());
        S9aContext ctx = new S9aContext(dictionary, PCRF, "pcrfd.local", store, gxPort(), toBpcf(),
                h -> "pcrfd.local", clock);
        pcrf = new EstablishmentService(initiator, new S9aPolicyPush(ctx));
        pcrfS9a = pcrf.s9aHandler(ctx);
        NodeConfig bpcfConfig = ConfigLoader.load(BPCF_YAML, Path.of("."), Map.of());
        bpcf = Bpcf.create(bpcfConfig, toPcrf(), deferred::add, clock);
    }

    private GxPolicyPort gxPort() {
        return new GxPolicyPort() {
            @Override
            public CompletionStage<PolicyState> installedPolicy(IpCanSession gx) {
                return CompletableFuture.completedFuture(policy);
            }

            @Override
            public CompletionStage<Void> qosRulesRejected(IpCanSession gx, List<RejectedQosRule> r) {
                rejected.addAll(r);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    private java.util.function.Function<DiameterMessage, CompletionStage<DiameterMessage>> toBpcf() {
        return req -> {
            DiameterMessage in = carry("PCRF -> BPCF", req);
            CompletionStage<DiameterMessage> a = "RAR".equals(in.name())
                    ? bpcf.sessions().handleRar(in) : bpcf.triggers().handle(in);
            return a.thenApply(ans -> carry("PCRF <- BPCF", ans));
        };
    }

    private java.util.function.Function<DiameterMessage, CompletionStage<DiameterMessage>> toPcrf() {
        return req -> pcrfS9a.handleCcr(BPCF, carry("BPCF -> PCRF", req)).thenApply(ans -> carry("BPCF <- PCRF", ans));
    }

    /**
     * Encodes, decodes as a strict receiver would (DiameterCodec.validate: the grammar, and no
     * M-bit AVP the grammar does not name) with zero errors, records.
     */
    DiameterMessage carry(String direction, DiameterMessage m) {
        DecodeResult r = codec.decodeStrict(DiameterCodec.encode(m));
        assertThat(r.errors()).as("%s %s", direction, m.name()).isEmpty();
        DiameterMessage seen = r.message();
        wire.add(seen);
        String rc = seen.avp("Result-Code").map(a -> " " + a.asUnsigned32()).orElse("");
        String type = seen.avp("CC-Request-Type").map(a -> "-" + a.enumName().charAt(0)).orElse("");
        ladder.add(direction + " " + seen.name() + type + rc);
        return seen;
    }

    /** Runs what the nodes deferred until their answers were written, until nothing is left. */
    void settle() {
        Runnable r;
        while ((r = deferred.poll()) != null) {
            r.run();
        }
    }

    IpCanSession gxSession(String sessionId, String imsi, String ueLocalIp) {
        IpCanSession s = IpCanSession.builder(sessionId).imsi(imsi).apn("internet").gatewayHost("epdg.pcrfd.local")
                .access(new AccessInfo(ueLocalIp, null, 4500, null)).ratType("WLAN").startedAt(clock.instant())
                .updatedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofHours(1))).build();
        return store.sessions().create(s).toCompletableFuture().join().value();
    }

    IpCanSession reload(String sessionId) {
        return store.sessions().get(sessionId).toCompletableFuture().join().orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
