package io.pcrfd.pcrf.fuzz;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxSettings;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A PCRF wired as {@code PcrfNode.start} wires it (Gx, S9a/S9 establishment with a TER peer on
 * 198.51.100.0/24, the embedded policy) over a fresh in-memory store, on a fixed clock, with the
 * peer stack replaced: the requests the PCRF sends (RAR, TER, the V-PCRF's CCR-I) are recorded
 * and answered from a queue the fuzz input fills, else with 2001. Fresh per input, so a finding
 * replays alone.
 */
final class PcrfWorld implements AutoCloseable {
    static final String CONFIG = """
            diameter: {originHost: pcrf.fuzz.example, originRealm: fuzz.example}
            store: {snapshot: {enabled: false}}
            policy: {homePlmns: ["00101"]}
            establishment:
              enabled: true
              peers: [{host: bpcf.fuzz.example, encoding: ter, mode: notify-only, application: s9a}]
              mappings: [{prefix: 198.51.100.0/24, peer: bpcf.fuzz.example}]
            """;
    static final NodeConfig NODE = ConfigLoader.load(CONFIG, Path.of("."), Map.of());
    static final Dictionary DICT = EstablishmentModule.dictionary(NODE);
    static final DiameterCodec CODEC = new DiameterCodec(DICT);
    /** The Gx tests' policy: the IMSI of {@link PcrfSeeds} is a gold subscriber with PCC rules. */
    private static final PolicyEngine ENGINE = new PolicyEngine(PolicyLoader.parse(policy(), "gx/policy.yaml"),
            Set.copyOf(NODE.policy().homePlmns()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC);
    static final RequestContext FROM_PEER = new RequestContext("peer.fuzz.example", "fuzz.example", DICT,
            LocalIdentity.of(NODE.diameter().originHost(), NODE.diameter().originRealm(),
                    InetAddress.getLoopbackAddress(), applications()));

    final InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), CLOCK);
    final Dispatcher dispatcher = new Dispatcher();
    /** Every request the PCRF sent, in order. */
    final List<DiameterMessage> sent = new CopyOnWriteArrayList<>();
    private final Deque<DiameterMessage> peerAnswers;
    private final ConcurrentLinkedQueue<Runnable> afterAnswer = new ConcurrentLinkedQueue<>();

    PcrfWorld(Deque<DiameterMessage> peerAnswers) {
        this.peerAnswers = peerAnswers;
        GxApplication[] gx = new GxApplication[1];
        EstablishmentModule est = EstablishmentModule.create(NODE, DICT, store, GxApplication.policyPort(() -> gx[0]),
                this::send, afterAnswer::add, CLOCK);
        est.register(dispatcher);
        gx[0] = GxApplication.create(GxSettings.from(NODE), DICT, store, () -> ENGINE, CLOCK, (at, task) -> () -> {
        }, this::send, est.gxListener());
        dispatcher.register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, (ctx, ccr) -> gx[0].handle(ccr));
    }

    private static String policy() {
        try (java.io.InputStream in = PcrfWorld.class.getResourceAsStream("/gx/policy.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ApplicationSupport> applications() {
        List<ApplicationSupport> all = new ArrayList<>(List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        all.addAll(EstablishmentModule.APPLICATIONS);
        return all;
    }

    /** The peer layer's send: the next queued answer of the same command (ids set), else 2001. */
    private CompletionStage<DiameterMessage> send(DiameterMessage request) {
        sent.add(request);
        DiameterMessage queued = peerAnswers.peekFirst();
        if (queued != null && queued.commandCode() == request.commandCode()) {
            peerAnswers.pollFirst();
            return CompletableFuture.completedFuture(queued.withHopByHop(request.hopByHop())
                    .withEndToEnd(request.endToEnd()));
        }
        return CompletableFuture.completedFuture(MessageBuilder.answer(DICT, request).originHost("peer.fuzz.example")
                .originRealm("fuzz.example").resultCode(2001).build());
    }

    /** The dispatcher's answer, as the node would get it, then the work queued to follow it. */
    CompletionStage<DiameterMessage> dispatch(DecodeResult request) {
        CompletionStage<DiameterMessage> answer = dispatcher.dispatch(FROM_PEER, request);
        for (Runnable r = afterAnswer.poll(); r != null; r = afterAnswer.poll()) {
            r.run();
        }
        return answer;
    }

    @Override
    public void close() {
        store.close();
    }
}
