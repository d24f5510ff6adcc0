package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static io.pcrfd.pcrf.gx.GxHarness.u32;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.MeterStore;
import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CCR-U with usage metering reads the subscriber's meters once (README "Usage metering"): the
 * meters its record step returns are those the decision's overlay is computed from, so a report
 * costs one meter read and one atomic add (one Redis round trip less than reading them again).
 * The test Gx policy gets a metering section on mk1 that throttles the APN-AMBR past 500 MB: the
 * CCA-U that crosses it carries the throttle, so the decision did see the meters just recorded.
 */
class GxMeterReadsTest {
    private static final String METERING = """

            metering:
              policies:
                monthly:
                  monitoringKey: mk1
                  quota: 500MB
                  thresholds:
                    - at: 100%
                      then: {ambr: {uplink: 1Mbps, downlink: 2Mbps}}
                  reset: {period: monthly, day: 1}
            """;
    private final MutableClock clock = new MutableClock(GxHarness.WEDNESDAY_NOON);
    private final InMemoryStore memory = InMemoryStore.open(
            new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), clock);
    private final CountingMeters meters = new CountingMeters(memory.meters());
    private final Pcef pcef = new Pcef();
    private final PolicyEngine engine = engine();
    private final GxApplication app = GxApplication.create(GxSettings.defaults(), Pcef.DICT, withMeters(memory, meters),
            () -> engine, clock, new ManualTimer(clock), rar -> new CompletableFuture<>(), new GxSessionListener() {
            });

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void aCcrUWithAUsageReportReadsTheMetersOnceAndDecidesOnWhatItRecorded() {
        DiameterMessage cca = call(pcef.initial("pgw1;meter;1", Pcef.BASIC_IMSI, "10.70.0.1").build());
        assertThat(resultCode(cca)).isEqualTo(2001);
        meters.reset();

        DiameterMessage under = call(pcef.usage("pgw1;meter;1", 1, "mk1", 300_000_000L, 33));
        assertThat(resultCode(under)).isEqualTo(2001);
        assertThat(under.avp("QoS-Information")).as("below the quota: AMBR unchanged").isEmpty();
        assertThat(meters.gets.get()).as("meter reads of one CCR-U").isEqualTo(1);
        assertThat(meters.adds.get()).as("meter batches of one CCR-U").isEqualTo(1);

        DiameterMessage over = call(pcef.usage("pgw1;meter;1", 2, "mk1", 300_000_000L, 33));
        assertThat(resultCode(over)).isEqualTo(2001);
        Avp qos = over.avp("QoS-Information").orElseThrow(() -> new AssertionError("no throttle in " + over));
        assertThat(u32(qos, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(1_000_000L);
        assertThat(u32(qos, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(2_000_000L);
        assertThat(meters.gets.get()).as("meter reads of two CCR-U").isEqualTo(2);
        assertThat(meters.adds.get()).as("meter batches of two CCR-U").isEqualTo(2);
    }

    @Test
    void aCcrUWithoutAUsageReportReadsTheMetersForItsDecisionOnly() {
        assertThat(resultCode(call(pcef.initial("pgw1;meter;2", Pcef.BASIC_IMSI, "10.70.0.2").build())))
                .isEqualTo(2001);
        meters.reset();

        DiameterMessage cca = call(pcef.ccr("pgw1;meter;2", "UPDATE_REQUEST", 1).add("Event-Trigger", 2).build());
        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(meters.gets.get()).as("the overlay's read").isEqualTo(1);
        assertThat(meters.adds.get()).as("nothing to meter").isZero();
    }

    /**
     * A gateway that never sent Called-Station-Id or RAT-Type (both optional in the CCR of
     * 3GPP TS 29.212 §5.6.2) still has its final report metered at CCR-T: the report is charged
     * to the subscriber with the context the session has, and the CCA-T is a plain 2001.
     */
    @Test
    void aCcrTWhoseSessionNeverNamedItsApnOrRatStillMetersItsFinalReport() {
        DiameterMessage ccrI = pcef.ccr("pgw1;meter;3", "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", Pcef.BASIC_IMSI))
                .add("Framed-IP-Address", Pcef.ip("10.70.0.3").getAddress())
                .build();
        assertThat(ccrI.avp("Called-Station-Id")).isEmpty();
        assertThat(ccrI.avp("RAT-Type")).isEmpty();
        assertThat(resultCode(call(ccrI))).isEqualTo(2001);
        meters.reset();

        DiameterMessage ccaT = call(pcef.terminate("pgw1;meter;3", 1, "mk1", 200_000_000L));
        assertThat(resultCode(ccaT)).isEqualTo(2001);
        assertThat(ccaT.avp("CC-Request-Type").orElseThrow().asInt()).as("TERMINATION_REQUEST").isEqualTo(3);
        assertThat(meters.adds.get()).as("the final report's one meter batch").isEqualTo(1);
        Map<String, Long> held = join(memory.meters().get("IMSI:" + Pcef.BASIC_IMSI));
        assertThat(held).as("the subscriber's meters after the CCR-T")
                .hasEntrySatisfying(held.keySet().stream().filter(k -> k.endsWith("|mobile")).findFirst()
                        .orElseThrow(() -> new AssertionError("no mobile meter in " + held)),
                        v -> assertThat(v).as("octets metered on the mobile network").isEqualTo(200_000_000L));
    }

    /** A CCR-T's final report is metered as one batch and added to the usage totals, as a CCR-U's is. */
    @Test
    void aCcrTFinalReportIsMeteredAndCounted() {
        assertThat(resultCode(call(pcef.initial("pgw1;meter;4", Pcef.BASIC_IMSI, "10.70.0.4").build())))
                .isEqualTo(2001);
        meters.reset();

        assertThat(resultCode(call(pcef.terminate("pgw1;meter;4", 1, "mk1", 7_000)))).isEqualTo(2001);
        assertThat(meters.adds.get()).as("the final report's meter batch").isEqualTo(1);
        assertThat(join(meters.get("IMSI:" + Pcef.BASIC_IMSI))).as("metered").isNotEmpty();
        assertThat(join(memory.usage().get(new io.pcrfd.store.model.UsageKey("IMSI:" + Pcef.BASIC_IMSI, "mk1")))
                .totalOctets()).as("usage totals").isEqualTo(7_000);
    }

    private DiameterMessage call(DiameterMessage ccr) {
        return join(app.handle(ccr));
    }

    private static PolicyEngine engine() {
        try (InputStream in = GxMeterReadsTest.class.getResourceAsStream("/gx/policy.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8) + METERING;
            return new PolicyEngine(PolicyLoader.parse(yaml, "gx/policy.yaml+metering"), Set.of("00101"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code store} with its meters replaced by {@code meters}; every other sub-store as it is. */
    private static Store withMeters(Store store, MeterStore meters) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("meters") && method.getParameterCount() == 0) {
                        return meters;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A meter store counting the reads and batches that reach it. */
    private static final class CountingMeters implements MeterStore {
        private final MeterStore d;
        final AtomicInteger gets = new AtomicInteger();
        final AtomicInteger adds = new AtomicInteger();

        CountingMeters(MeterStore delegate) {
            d = delegate;
        }

        void reset() {
            gets.set(0);
            adds.set(0);
        }

        @Override
        public CompletionStage<Applied> add(String subscriber, String reportId, Map<String, Long> deltas,
                                            Instant expiresAt) {
            adds.incrementAndGet();
            return d.add(subscriber, reportId, deltas, expiresAt);
        }

        @Override
        public CompletionStage<Map<String, Long>> get(String subscriber) {
            gets.incrementAndGet();
            return d.get(subscriber);
        }

        @Override
        public CompletionStage<Integer> reset(String subscriber, String namePrefix) {
            return d.reset(subscriber, namePrefix);
        }
    }
}
