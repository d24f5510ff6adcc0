package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.GxPcef.u32;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PCRF's Sy client end to end over TCP (TS 29.219): a PCEF on Gx, {@link SyOcsStub} as the
 * OCS on Sy. What crosses the wire is asserted: SL-Request-Type, the counters and
 * Subscription-Id of each SLR, one Sy Session-Id per counter owner, SNA codes, STR, and the
 * AMBR and rules the CCA or RAR carries for each counter status.
 */
@Timeout(60)
class SyEndToEndTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");
    private static final String IMSI = "001019000000001";
    private static final long NORMAL_DL = 50_000_000;
    private static final long CAPPED_DL = 1_000_000;
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final GxPcef pcef = new GxPcef("pgw.sy.e2e.example", 1);

    static long ambrDl(DiameterMessage m) {
        return u32(m.avp("QoS-Information").orElseThrow(() -> new AssertionError("no QoS-Information in " + m)),
                "APN-Aggregate-Max-Bitrate-DL");
    }

    static DiameterMessage awaitRar(TestPeer pgw, String gxSessionId) {
        return pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest()
                && m.sessionId().orElse("").equals(gxSessionId), WAIT);
    }

    static List<String> installed(DiameterMessage m) {
        return m.avps("Charging-Rule-Install").stream().flatMap(i -> i.children("Charging-Rule-Name").stream())
                .map(GxPcef::text).toList();
    }

    static List<String> removed(DiameterMessage m) {
        return m.avps("Charging-Rule-Remove").stream().flatMap(i -> i.children("Charging-Rule-Name").stream())
                .map(GxPcef::text).toList();
    }

    @Test
    void initialAndIntermediateSlrsOnOneSySessionThenStrAtTheLastSessionsEnd(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "exhausted", "video-cap", "blocked"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            DiameterMessage cca = call(pgw, pcef.initial("gx;1", IMSI, "10.70.0.1"));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(ambrDl(cca)).as("data-cap exhausted: throttled").isEqualTo(CAPPED_DL);
            assertThat(ocs.slrs).hasSize(1);
            DiameterMessage first = ocs.slrs.get(0);
            assertThat(SyOcsStub.slType(first)).isZero();
            assertThat(SyOcsStub.counters(first)).containsExactly("data-cap");
            assertThat(SyOcsStub.subscriber(first)).isEqualTo(IMSI);
            String sy = first.sessionId().orElseThrow();

            // the video APN needs video-cap too: intermediate SLR on the same Sy session; blocked removes video
            DiameterMessage video = call(pgw, pcef.initial("gx;2", IMSI, "10.70.0.2", "video"));
            assertThat(resultCode(video)).isEqualTo(2001);
            assertThat(installed(video)).doesNotContain("video");
            DiameterMessage second = ocs.slrs.get(1);
            assertThat(SyOcsStub.slType(second)).isEqualTo(1);
            assertThat(second.sessionId()).hasValue(sy);
            assertThat(SyOcsStub.counters(second)).containsExactly("data-cap", "video-cap");

            // the video session ends: the counter it alone needed is dropped by an intermediate SLR
            assertThat(resultCode(call(pgw, pcef.terminate("gx;2", 1)))).isEqualTo(2001);
            Await.await("the intermediate SLR dropping video-cap", WAIT, () -> ocs.slrs.size() == 3);
            assertThat(SyOcsStub.slType(ocs.slrs.get(2))).isEqualTo(1);
            assertThat(SyOcsStub.counters(ocs.slrs.get(2))).containsExactly("data-cap");
            assertThat(ocs.strs).isEmpty();

            assertThat(resultCode(call(pgw, pcef.terminate("gx;1", 1)))).isEqualTo(2001);
            Await.await("STR after the last Gx session", WAIT, () -> ocs.strs.size() == 1);
            assertThat(ocs.strs.get(0).sessionId()).hasValue(sy);
            assertThat(ocs.strs.get(0).avp("Termination-Cause").orElseThrow().asInt()).isEqualTo(1);
        }
    }

    @Test
    void anApplicationBoundCounterDecidesItsRule(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal", "video-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            DiameterMessage cca = call(pgw, pcef.initial("gx;v", IMSI, "10.70.1.1", "video"));
            assertThat(installed(cca)).containsExactly("video");
            assertThat(SyOcsStub.counters(ocs.slrs.get(0))).containsExactly("data-cap", "video-cap");

            assertThat(ocs.notify(ocs.lastSessionId(), "video-cap", "blocked", List.of(), null)).isEqualTo(2001);
            DiameterMessage rar = awaitRar(pgw, "gx;v");
            assertThat(removed(rar)).containsExactly("video");
            assertThat(rar.avp("QoS-Information")).as("the AMBR did not change").isEmpty();
        }
    }

    @Test
    void pendingStatusesApplyAtTheirChangeTimeOnTheNodesClock(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            assertThat(ambrDl(call(pgw, pcef.initial("gx;p", IMSI, "10.70.2.1")))).isEqualTo(NORMAL_DL);
            Instant change = T0.plusSeconds(1);
            assertThat(ocs.notify(ocs.lastSessionId(), "data-cap", "normal",
                    List.of(new SyOcsStub.Pending("exhausted", change)), null)).isEqualTo(2001);
            assertThat(pcrf.counter("sy.pendingApplied")).isZero();

            pcrf.clock.set(change.plusMillis(1)); // the timer (1 s after the SNR) finds it due
            DiameterMessage rar = awaitRar(pgw, "gx;p");
            assertThat(ambrDl(rar)).isEqualTo(CAPPED_DL);
            assertThat(pcrf.counter("sy.pendingApplied")).isEqualTo(1);
        }
    }

    @Test
    void aLaterReportReplacesEarlierPendingStatuses(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            call(pgw, pcef.initial("gx;r", IMSI, "10.70.3.1"));
            String sy = ocs.lastSessionId();
            assertThat(ocs.notify(sy, "data-cap", "normal", List.of(new SyOcsStub.Pending("exhausted",
                    T0.plusSeconds(1))), null)).isEqualTo(2001);
            // TS 29.219 §4.5: a report without Pending-Policy-Counter-Information deletes the earlier ones
            assertThat(ocs.notify(sy, "data-cap", "normal", List.of(), null)).isEqualTo(2001);
            pcrf.clock.set(T0.plusSeconds(2));
            // a later SNR's own change arrives, and no pending status was applied on the way
            assertThat(ocs.notify(sy, "data-cap", "exhausted", List.of(), null)).isEqualTo(2001);
            assertThat(ambrDl(awaitRar(pgw, "gx;r"))).isEqualTo(CAPPED_DL);
            assertThat(pcrf.counter("sy.pendingApplied")).isZero();
        }
    }

    /**
     * A planned restart keeps this node's Origin-State-Id, so the OCS keeps the Sy session: the
     * snapshot carries it (README "What a restart keeps"). A pending status reported before the
     * stop applies at its change time after the start, and the OCS's next SNR on the Sy session
     * is applied (2001 and a RAR), where before it was 5002 and the pending status never came.
     */
    @Test
    void aPlannedRestartKeepsTheSySessionAndItsPendingStatus(@TempDir Path dir) throws Exception {
        String yaml = SyPcrf.CONFIG.replace("store: {snapshot: {enabled: false}}",
                "store: {snapshot: {enabled: true, path: \"" + dir.resolve("pcrfd-snapshot.dat") + "\"}}");
        // the pending timer runs on real time from the start's clock reading: 20 s after the first
        // start's clock, the second starts 3 s before it (the gateway and the OCS reconnect meanwhile)
        Instant change = T0.plusSeconds(20);
        String sy;
        SyPcrf first = SyPcrf.start(dir, T0, yaml);
        try (SyOcsStub ocs = new SyOcsStub(first.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), first.port())) {
            assertThat(ambrDl(call(pgw, pcef.initial("gx;r", IMSI, "10.70.9.1")))).isEqualTo(NORMAL_DL);
            sy = ocs.lastSessionId();
            assertThat(ocs.notify(sy, "data-cap", "normal", List.of(new SyOcsStub.Pending("exhausted", change)),
                    null)).isEqualTo(2001);
        } finally {
            first.close();
            first.node.awaitTermination();
        }

        // The OCS reconnects as a new stub. A TestPeer's Origin-State-Id is always higher, so strictly
        // this is an OCS that restarted too; pcrfd does not compare Origin-State-Ids across its own
        // restart (io.pcrfd.pcrf.sy package documentation), which this test relies on to stand for
        // an OCS that kept its sessions. Detecting it would make this stub's SNR 5002 and add an SLR.
        try (SyPcrf second = SyPcrf.start(dir, change.minusSeconds(3), yaml);
             SyOcsStub ocs = new SyOcsStub(second.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), second.port())) {
            second.clock.set(change.plusMillis(1));
            assertThat(ambrDl(awaitRar(pgw, "gx;r"))).as("the pending status, applied after the restart")
                    .isEqualTo(CAPPED_DL);
            assertThat(ocs.notify(sy, "data-cap", "normal", List.of(), null)).as("an SNR on the kept Sy session")
                    .isEqualTo(2001);
            assertThat(ambrDl(awaitRar(pgw, "gx;r"))).isEqualTo(NORMAL_DL);
            assertThat(ocs.slrs).as("no new subscription").isEmpty();
        }
    }

    @Test
    void anSnrForAnUnknownSySessionIs5002AndAnAbortEndsTheSySession(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "exhausted"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            assertThat(ocs.notify("pcrf.sy.e2e.example;1;999", "data-cap", "normal", List.of(), null)).isEqualTo(5002);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;a", IMSI, "10.70.4.1")))).isEqualTo(CAPPED_DL);
            String sy = ocs.lastSessionId();

            // SN-Request-Type bit 1, Abort Session Request (TS 29.219 §5.3.7): SNA, STR, default statuses
            assertThat(ocs.notify(sy, null, null, List.of(), 2L)).isEqualTo(2001);
            Await.await("STR after the abort", WAIT, () -> ocs.strs.size() == 1);
            assertThat(ocs.strs.get(0).sessionId()).hasValue(sy);
            assertThat(ocs.strs.get(0).avp("Termination-Cause").orElseThrow().asInt()).isEqualTo(4);
            assertThat(ambrDl(awaitRar(pgw, "gx;a"))).as("data-cap's default status: normal").isEqualTo(NORMAL_DL);
            assertThat(ocs.slrs).as("the push does not subscribe again").hasSize(1);
            assertThat(ocs.notify(sy, "data-cap", "exhausted", List.of(), null)).isEqualTo(5002);
        }
    }

    @Test
    void membersOfASharedQuotaAreDecidedOnTheirOwnersOneSySession(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            // the owner 001019000000100 never attaches
            assertThat(ambrDl(call(pgw, pcef.initial("gx;m1", "001019000000101", "10.70.5.1")))).isEqualTo(NORMAL_DL);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;m2", "001019000000102", "10.70.5.2")))).isEqualTo(NORMAL_DL);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;m1b", "001019000000101", "10.70.5.3", "ims"))))
                    .isEqualTo(NORMAL_DL);
            assertThat(ocs.slrs).as("one Sy session for the owner").hasSize(1);
            assertThat(SyOcsStub.subscriber(ocs.slrs.get(0))).isEqualTo("001019000000100");

            assertThat(ocs.notify(ocs.lastSessionId(), "data-cap", "exhausted", List.of(), null)).isEqualTo(2001);
            Map<String, DiameterMessage> rars = new java.util.HashMap<>();
            while (rars.size() < 3) {
                DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), WAIT);
                rars.put(rar.sessionId().orElseThrow(), rar);
            }
            assertThat(rars).containsOnlyKeys("gx;m1", "gx;m2", "gx;m1b");
            rars.values().forEach(rar -> assertThat(ambrDl(rar)).isEqualTo(CAPPED_DL));

            call(pgw, pcef.terminate("gx;m1", 1));
            call(pgw, pcef.terminate("gx;m1b", 1));
            assertThat(Await.within(Duration.ofMillis(300), () -> !ocs.strs.isEmpty())).as("m2 still attached").isFalse();
            call(pgw, pcef.terminate("gx;m2", 1));
            Await.await("STR when the last member leaves", WAIT, () -> ocs.strs.size() == 1);
        }
    }

    @Test
    void aMemberLeavingItsQuotaByPolicyReloadMovesToASySessionOfItsOwn(@TempDir Path dir) throws Exception {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            call(pgw, pcef.initial("gx;l", "001019000000101", "10.70.10.1"));
            String ownersSy = ocs.lastSessionId();
            assertThat(SyOcsStub.subscriber(ocs.slrs.get(0))).isEqualTo("001019000000100");

            Path policy = dir.resolve("policy.yaml");
            java.nio.file.Files.writeString(policy, java.nio.file.Files.readString(policy)
                    .replace("members: [\"001019000000101\", \"001019000000102\"]", "members: [\"001019000000102\"]"));
            assertThat(pcrf.post("/policy/reload")).isEqualTo(200);

            Await.await("the member's own SLR", WAIT, () -> ocs.slrs.size() == 2);
            assertThat(SyOcsStub.slType(ocs.slrs.get(1))).isZero();
            assertThat(SyOcsStub.subscriber(ocs.slrs.get(1))).isEqualTo("001019000000101");
            Await.await("STR for the owner's Sy session, now without sessions", WAIT, () -> ocs.strs.size() == 1);
            assertThat(ocs.strs.get(0).sessionId()).hasValue(ownersSy);
        }
    }

    @Test
    void unknownCountersAndAnUnknownUserTakeTheirConfiguredFallbacks(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("video-cap", "normal"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            DiameterMessage cca = call(pgw, pcef.initial("gx;u", IMSI, "10.70.6.1"));
            assertThat(resultCode(cca)).as("5570 -> default-status").isEqualTo(2001);
            assertThat(ambrDl(cca)).isEqualTo(NORMAL_DL);
            assertThat(pcrf.counter("sy.failure.unknownCounters")).isEqualTo(1);

            ocs.unknownUsers.add("001019000000009");
            assertThat(resultCode(call(pgw, pcef.initial("gx;x", "001019000000009", "10.70.6.2"))))
                    .as("5030 -> reject with sy.reject").isEqualTo(5030);
            assertThat(pcrf.counter("sy.failure.userUnknown")).isEqualTo(1);
            assertThat(pcrf.counter("sy.fallbackReject")).isEqualTo(1);
            assertThat(pcrf.get("/metrics")).contains("pcrfd_sy_failures_total{reason=\"unknown_counters\"} 1.0")
                    .contains("pcrfd_sy_events_total{event=\"fallback_reject\"} 1.0");
        }
    }

    @Test
    void aCcrInitialRefusedOnItsCountersLeavesNoSySessionBehind(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "blocked"));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            assertThat(resultCode(call(pgw, pcef.initial("gx;b", IMSI, "10.70.9.1")))).isEqualTo(5003);
            Await.await("STR for the Sy session the refused CCR-I opened", WAIT, () -> ocs.strs.size() == 1);
            assertThat(ocs.strs.get(0).sessionId()).hasValue(ocs.slrs.get(0).sessionId().orElseThrow());
        }
    }

    @Test
    void anUnreachableOrSilentOcsCostsAtMostTheSyTimeout(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            long start = System.nanoTime();
            DiameterMessage cca = call(pgw, pcef.initial("gx;n", IMSI, "10.70.7.1"));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(ambrDl(cca)).isEqualTo(NORMAL_DL);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SyPcrf.SY_TIMEOUT.plusMillis(300));

            try (SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "exhausted"))) {
                ocs.peer.mute(true);
                start = System.nanoTime();
                cca = call(pgw, pcef.initial("gx;s", "001019000000002", "10.70.7.2"));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(resultCode(cca)).isEqualTo(2001);
                assertThat(ambrDl(cca)).isEqualTo(NORMAL_DL);
                assertThat(took).isGreaterThanOrEqualTo(SyPcrf.SY_TIMEOUT.minusMillis(20))
                        .isLessThan(SyPcrf.SY_TIMEOUT.plusMillis(300));
            }
            assertThat(pcrf.counter("sy.failure.unreachable")).isEqualTo(2);
        }
    }

    @Test
    void anOcsThatRestartedIsSubscribedToAgain(@TempDir Path dir) {
        try (SyPcrf pcrf = SyPcrf.start(dir, T0);
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            String before;
            try (SyOcsStub ocs = new SyOcsStub(pcrf.port(), Map.of("data-cap", "normal"))) {
                assertThat(ambrDl(call(pgw, pcef.initial("gx;o", IMSI, "10.70.8.1")))).isEqualTo(NORMAL_DL);
                before = ocs.lastSessionId();
            }
            // the OCS comes back with a higher Origin-State-Id and lost its sessions (RFC 6733 §8.16)
            try (SyOcsStub again = new SyOcsStub(pcrf.port(), Map.of("data-cap", "exhausted"))) {
                Await.await("a new initial SLR", WAIT, () -> !again.slrs.isEmpty());
                DiameterMessage slr = again.slrs.get(0);
                assertThat(SyOcsStub.slType(slr)).isZero();
                assertThat(slr.sessionId()).isPresent().get().isNotEqualTo(before);
                assertThat(SyOcsStub.counters(slr)).containsExactly("data-cap");
                assertThat(ambrDl(awaitRar(pgw, "gx;o"))).isEqualTo(CAPPED_DL);
            }
        }
    }
}
