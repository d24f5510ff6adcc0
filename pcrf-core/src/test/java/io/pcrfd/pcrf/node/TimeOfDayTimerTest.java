package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's housekeeping timer does not grow with session churn: sessions whose plan has a
 * time window come and go, and the timer's queue is back where it started (README "Session
 * hygiene"; the time-of-day push of TS 29.212 §4.5.2 is scheduled on that timer).
 */
class TimeOfDayTimerTest {
    private static final int SESSIONS = 10_000;
    private static final String NODE = """
            diameter:
              originHost: pcrf.test.example
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: 3868}]
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            policy: {file: policy.yaml}
            """;
    private static final String POLICY = """
            defaultPlan: windowed
            unknownSubscriber: {action: default-plan}
            plans:
              windowed:
                rules:
                  - name: base
                    then:
                      defaultQos: {qci: 9, arp: {priority: 10}}
                  - name: night
                    when: {time: ["22:00-06:00"]}
                    then:
                      ambr: {uplink: 1Mbps, downlink: 2Mbps}
            """;

    @Test
    void endedSessionsLeaveNothingQueuedOnTheTimer(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("policy.yaml"), POLICY);
        NodeConfig config = ConfigLoader.load(NODE, dir, Map.of());
        try (PcrfNode pcrf = PcrfNode.start(config, NodeEnvironment.DEFAULTS.withEphemeralPorts(true))) {
            int baseline = pcrf.timerQueueSize();

            run(pcrf, "INITIAL_REQUEST", 0);
            assertThat(pcrf.gx().scheduler().pendingCount()).isEqualTo(SESSIONS);
            run(pcrf, "TERMINATION_REQUEST", 1);

            assertThat(pcrf.gx().scheduler().pendingCount()).isZero();
            awaitEqual("timer queue back to its baseline of " + baseline, baseline, pcrf::timerQueueSize);
        }
    }

    /** One CCR of {@code type} per session, all answered 2001. */
    private static void run(PcrfNode pcrf, String type, int number) throws Exception {
        List<CompletableFuture<DiameterMessage>> answers = new ArrayList<>(SESSIONS);
        for (int i = 0; i < SESSIONS; i++) {
            answers.add(pcrf.gx().handle(ccr(i, type, number)).toCompletableFuture());
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(answers).allSatisfy(a -> assertThat(a.join().avp("Result-Code").orElseThrow().asUnsigned32())
                .isEqualTo(2001));
    }

    private static DiameterMessage ccr(int i, String type, int number) {
        return MessageBuilder.request(Dictionary.standard(), ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(i)).endToEnd(EndToEndId.of(i))
                .add("Session-Id", "pgw1.epc.example;tod;" + i).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "pgw1.epc.example").add("Origin-Realm", "epc.example")
                .add("Destination-Realm", "test.example").add("CC-Request-Type", type)
                .add("CC-Request-Number", number)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", "00101" + String.format("%010d", i)))
                .add("Framed-IP-Address", new byte[] {10, 7, (byte) (i >> 8), (byte) i})
                .add("Called-Station-Id", "internet").build();
    }

    /** Polls {@code actual} until it equals {@code expected}, at most 5 s (a periodic task may be running). */
    private static void awaitEqual(String what, int expected, IntSupplier actual) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (actual.getAsInt() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ": still " + actual.getAsInt());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
