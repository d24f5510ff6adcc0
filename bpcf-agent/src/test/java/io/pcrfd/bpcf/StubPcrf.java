package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.establishment.ProjectAvps;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A scripted PCRF for the BPCF without sockets: every CCR the BPCF sends is encoded, decoded
 * strictly (its grammar, no M-bit AVP it does not name) and recorded; the CCA is 2001 plus what
 * {@link #cca} adds, or {@link #resultCode}. RARs built by the test go through the codec the same
 * way. Work the BPCF defers until its answer is written runs at {@link #settle()}.
 */
final class StubPcrf {
    static final String UE_IP = "198.51.100.7";
    static final String IMSI = "001010000000001";

    final DiameterCodec codec = new DiameterCodec(ProjectAvps.dictionary(ProjectAvpsConfig.defaults()));
    final List<DiameterMessage> ccrs = new CopyOnWriteArrayList<>();
    final Queue<Runnable> deferred = new ArrayDeque<>();
    final Bpcf bpcf;
    volatile long resultCode = 2001;
    /** Adds AVPs to the CCA of a CCR (the CCR, the CCA being built). */
    volatile BiConsumer<DiameterMessage, MessageBuilder> cca = (ccr, b) -> { };

    StubPcrf() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        bpcf = Bpcf.create(ConfigLoader.load(Loop.BPCF_YAML, Path.of("."), Map.of()), req -> {
            DiameterMessage ccr = strict(req);
            ccrs.add(ccr);
            MessageBuilder a = MessageBuilder.answer(codec.dictionary(), ccr).originHost(Loop.PCRF)
                    .originRealm("pcrfd.local").add("Auth-Application-Id", ccr.applicationId())
                    .add(ccr.avp("CC-Request-Type").orElseThrow()).add(ccr.avp("CC-Request-Number").orElseThrow())
                    .resultCode(resultCode);
            cca.accept(ccr, a);
            return CompletableFuture.completedFuture(strict(a.build()));
        }, deferred::add, clock);
    }

    /** Encodes and decodes {@code m} as a strict receiver would, with no error. */
    DiameterMessage strict(DiameterMessage m) {
        DecodeResult r = codec.decodeStrict(DiameterCodec.encode(m));
        assertThat(r.errors()).as(m.name()).isEmpty();
        return r.message();
    }

    /** Attaches the UE at {@code localIp}; returns its S9a Session-Id. */
    String attach(String localIp, String imsi) {
        OpenResult r = bpcf.attach(localIp, imsi, "internet").toCompletableFuture().join();
        assertThat(r.resultCode()).isEqualTo(2001);
        return r.sessionId();
    }

    /** A RAR on {@code sessionId}, the body added by {@code body}; returns the RAA as decoded. */
    DiameterMessage rar(String sessionId, java.util.function.Consumer<MessageBuilder> body) {
        MessageBuilder b = MessageBuilder.request(codec.dictionary(), 16777319L, "RAR").add("Session-Id", sessionId)
                .add("Auth-Application-Id", 16777319L).originHost(Loop.PCRF).originRealm("pcrfd.local")
                .add("Destination-Realm", "pcrfd.local").add("Destination-Host", Loop.BPCF)
                .add("Re-Auth-Request-Type", "AUTHORIZE_ONLY");
        body.accept(b);
        return strict(bpcf.sessions().handleRar(strict(b.build())).toCompletableFuture().join());
    }

    /** Runs what the BPCF deferred until its answers were written. */
    void settle() {
        Runnable r;
        while ((r = deferred.poll()) != null) {
            r.run();
        }
    }

    /** The CCR-Us sent so far. */
    List<DiameterMessage> updates() {
        return ccrs.stream().filter(m -> m.avp("CC-Request-Type").orElseThrow().asInt() == 2).toList();
    }

    DiameterMessage last() {
        return ccrs.get(ccrs.size() - 1);
    }
}
