package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** The Gx application over an in-memory store, a hand-moved clock and a scripted gateway. */
final class GxHarness implements AutoCloseable {
    static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-18T12:00:00Z");
    final MutableClock clock = new MutableClock(WEDNESDAY_NOON);
    final ManualTimer timer = new ManualTimer(clock);
    final InMemoryStore store;
    final DiameterCodec codec = new DiameterCodec(Pcef.DICT);
    final Pcef pcef = new Pcef();
    /** Every RAR sent, with the clock reading at the moment of sending (usage pushes send from their own thread). */
    final List<DiameterMessage> rars = new CopyOnWriteArrayList<>();
    final List<Instant> rarTimes = new CopyOnWriteArrayList<>();
    /** Session-Ids in the order their decisions were applied (CCA, RAA, or a push with nothing to send). */
    final List<String> decided = new CopyOnWriteArrayList<>();
    /** "Session-Id reason" of every session the listener heard end, in order. */
    final List<String> ended = new CopyOnWriteArrayList<>();
    /**
     * Whether {@link #decided} and {@link #ended} record; a long measurement turns it off, since
     * each add copies the whole list (the copies would swamp what the handler allocates).
     */
    volatile boolean recording = true;
    /** How the gateway answers a RAR; default 2001. */
    Function<DiameterMessage, CompletionStage<DiameterMessage>> gateway = rar -> CompletableFuture.completedFuture(
            raa(rar, 2001));
    final GxApplication app;

    GxHarness() {
        this(GxSettings.defaults());
    }

    GxHarness(GxSettings settings) {
        this(settings, new InMemoryStoreOptions(Optional.empty(), Duration.ZERO));
    }

    GxHarness(GxSettings settings, InMemoryStoreOptions storeOptions) {
        this(settings, storeOptions, "/gx/policy.yaml");
    }

    /** With the policy of the class-path resource {@code policy} (the daemon's default: {@link PolicyLoader#DEFAULT_RESOURCE}). */
    GxHarness(GxSettings settings, InMemoryStoreOptions storeOptions, String policy) {
        store = InMemoryStore.open(storeOptions, clock);
        PolicyEngine engine = new PolicyEngine(PolicyLoader.parse(resource(policy), policy.substring(1)),
                Set.of("00101"));
        app = GxApplication.create(settings, Pcef.DICT, store, () -> engine, clock, timer, this::send,
                new GxSessionListener() {
                    @Override
                    public void decided(String sessionId, Optional<Instant> nextChange) {
                        if (recording) {
                            decided.add(sessionId);
                        }
                    }

                    @Override
                    public void ended(String sessionId, String reason) {
                        if (recording) {
                            ended.add(sessionId + " " + reason);
                        }
                    }
                });
    }

    private CompletionStage<DiameterMessage> send(DiameterMessage rar) {
        rars.add(rar);
        rarTimes.add(clock.instant());
        return gateway.apply(rar);
    }

    DiameterMessage raa(DiameterMessage rar, long resultCode) {
        return io.pcrfd.diameter.message.MessageBuilder.answer(Pcef.DICT, rar)
                .originHost(Pcef.HOST).originRealm(Pcef.REALM).resultCode(resultCode).build();
    }

    /** Sends {@code ccr}, then encodes the CCA and decodes it back, asserting the codec finds no error. */
    DiameterMessage call(DiameterMessage ccr) {
        return onTheWire(join(app.handle(ccr)));
    }

    DiameterMessage onTheWire(DiameterMessage m) {
        DecodeResult r = codec.decode(DiameterCodec.encode(m));
        assertThat(r.errors()).as("codec validation of %s", m.name()).isEmpty();
        return r.message();
    }

    /** Waits until {@code condition} holds, at most 5 s. */
    static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("stage did not complete", e);
        }
    }

    static long resultCode(DiameterMessage answer) {
        return GxPolicyPusher.resultCode(answer);
    }

    static long u32(Avp parent, String child) {
        return parent.child(child).orElseThrow(() -> new AssertionError("no " + child + " in " + parent.name()))
                .asUnsigned32();
    }

    static List<Long> triggers(DiameterMessage m) {
        return m.avps("Event-Trigger").stream().map(Avp::asUnsigned32).toList();
    }

    private static String resource(String name) {
        try (InputStream in = GxHarness.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
