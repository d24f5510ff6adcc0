package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.TriggerState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The whole establishment, PCRF and BPCF both pcrfd, for each encoding and mode. */
class EstablishmentFlowTest {
    private static final String IMSI = "001010000000001";

    static PolicyState policy(Object... nameQciGbrDl) {
        Map<String, PccRule> rules = new LinkedHashMap<>();
        for (int i = 0; i < nameQciGbrDl.length; i += 3) {
            String name = (String) nameQciGbrDl[i];
            int qci = (Integer) nameQciGbrDl[i + 1];
            long dl = (Long) nameQciGbrDl[i + 2];
            rules.put(name, new PccRule.Dynamic(new ChargingRuleDefinition(name,
                    List.of(new Flow("permit out 17 from 192.0.2.10 to any", FlowDirection.DOWNLINK)), qci, Arp.of(5),
                    BitratePair.of(dl / 10, dl), BitratePair.of(dl / 10, dl), 100L, null, null, null, null, null, null)));
        }
        return new PolicyState(rules, null, null, Map.of(), new TreeSet<>(), null);
    }

    private static TriggerResult establish(Loop l, IpCanSession s) {
        TriggerResult r = l.pcrf.onGxSessionEstablished(s).toCompletableFuture().join();
        l.settle();
        return r;
    }

    @Test
    void terFlowEndsWithALinkedS9aSessionAndAdmittedRules() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = policy("video", 2, 8_000_000L);
            TriggerResult r = establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.7"));

            assertThat(r.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(l.ladder).containsExactly("PCRF -> BPCF TER", "PCRF <- BPCF TEA 2001",
                    "BPCF -> PCRF CCR-I", "BPCF <- PCRF CCA-I 2001");
            DiameterMessage ccrI = l.wire.get(2);
            assertThat(ccrI.avp("UE-Local-IP-Address").orElseThrow().asAddress().getHostAddress()).isEqualTo("198.51.100.7");
            assertThat(ccrI.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Loop.PCRF);
            assertThat(ccrI.avp("Establishment-Id")).isEmpty(); // TER: matched by content
            assertThat(l.reload("epdg;1").linkedSessions()).singleElement()
                    .satisfies(s -> assertThat(s.sessionId()).isEqualTo(ccrI.sessionId().orElseThrow()));
            assertThat(l.store.triggers().get(r.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
            assertThat(l.bpcf.list()).singleElement().satisfies(v -> {
                assertThat(v.up()).isTrue();
                assertThat(v.admitted()).containsExactly("video");
                assertThat(v.lineId()).isEqualTo("line-1");
            });
            assertThat(l.bpcf.lines().usage("line-1").dlUsed()).isEqualTo(8_000_000L);
        }
    }

    @Test
    void seedCcrOneShotMatchesByIdAndEndsTheTriggerSession() {
        try (Loop l = new Loop(Encoding.CCR, Mode.ONE_SHOT)) {
            l.policy = policy("video", 2, 8_000_000L);
            TriggerResult r = establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.7"));
            assertThat(l.ladder).containsExactly("PCRF -> BPCF CCR-I", "PCRF <- BPCF CCA-I 2001",
                    "BPCF -> PCRF CCR-I", "PCRF -> BPCF CCR-T", "PCRF <- BPCF CCA-T 2001", "BPCF <- PCRF CCA-I 2001");
            assertThat(l.wire.get(2).avp("Establishment-Id").orElseThrow().asUtf8String()).isEqualTo(r.triggerId());
            assertThat(l.wire.get(3).sessionId()).isEqualTo(l.wire.get(0).sessionId());
        }
    }

    @Test
    void seedCcrDeviceLevelReusesOneTriggerSession() {
        try (Loop l = new Loop(Encoding.CCR, Mode.DEVICE_LEVEL)) {
            l.policy = policy();
            establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.7"));
            establish(l, l.gxSession("epdg;2", "001010000000002", "198.51.100.8"));
            List<DiameterMessage> triggers = l.wire.stream().filter(m -> m.flags().request()
                    && m.avp("Session-Establishment-Request").isPresent()).toList();
            assertThat(triggers).hasSize(2);
            assertThat(triggers.get(0).sessionId()).isEqualTo(triggers.get(1).sessionId());
            assertThat(l.ladder).containsSubsequence("PCRF -> BPCF CCR-I", "PCRF -> BPCF CCR-U");
            assertThat(l.ladder).doesNotContain("PCRF -> BPCF CCR-T");
            assertThat(l.bpcf.list()).hasSize(2);
        }
    }

    @Test
    void seedAarNotifyOnly() {
        try (Loop l = new Loop(Encoding.AAR, Mode.NOTIFY_ONLY)) {
            l.policy = policy();
            establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.7"));
            assertThat(l.ladder).containsExactly("PCRF -> BPCF AAR", "PCRF <- BPCF AAA 2001",
                    "BPCF -> PCRF CCR-I", "BPCF <- PCRF CCA-I 2001");
            assertThat(l.reload("epdg;1").linkedSessions()).hasSize(1);
        }
    }

    @Test
    void ruleBeyondLineCapacityIsRejectedAndReportedBackToGx() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            // line-2 (198.51.100.128/25): 10 Mbit/s down. 8 fits, the next 8 does not.
            l.policy = policy("video", 2, 8_000_000L, "backup", 4, 8_000_000L);
            establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.200"));
            assertThat(l.ladder).containsExactly("PCRF -> BPCF TER", "PCRF <- BPCF TEA 2001",
                    "BPCF -> PCRF CCR-I", "BPCF <- PCRF CCA-I 2001", "BPCF -> PCRF CCR-U", "BPCF <- PCRF CCA-U 2001");
            var report = l.wire.get(4).avp("QoS-Rule-Report").orElseThrow();
            assertThat(report.child("PCC-Rule-Status").orElseThrow().enumName()).isEqualTo("INACTIVE");
            assertThat(report.child("Rule-Failure-Code").orElseThrow().enumName()).isEqualTo("RESOURCES_LIMITATION");
            assertThat(l.rejected).extracting(x -> x.name()).containsExactly("backup");
            assertThat(l.bpcf.lines().usage("line-2").dlUsed()).isEqualTo(8_000_000L);
        }
    }

    @Test
    void policyChangeByRarIsAdmittedOrRejectedInTheRaa() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = policy("video", 2, 8_000_000L);
            IpCanSession gx = l.gxSession("epdg;1", IMSI, "198.51.100.200");
            establish(l, gx);
            l.bpcf.setCapacity("line-2", Bitrate.ofBps(2_000_000), Bitrate.ofBps(9_000_000));
            l.pcrf.onPolicyChanged(l.reload("epdg;1"), l.policy, policy("hd", 2, 6_000_000L, "voice", 1, 1_000_000L))
                    .toCompletableFuture().join();
            // video (8) removed, hd (6) fits, voice (1) fits within 9 Mbit/s down.
            assertThat(l.ladder.subList(4, 6)).containsExactly("PCRF -> BPCF RAR", "PCRF <- BPCF RAA 2001");
            assertThat(l.wire.get(5).avps("QoS-Rule-Report")).isEmpty();
            assertThat(l.bpcf.list()).singleElement().satisfies(v -> assertThat(v.admitted()).containsExactly("hd", "voice"));
            l.pcrf.onPolicyChanged(l.reload("epdg;1"), policy("hd", 2, 6_000_000L, "voice", 1, 1_000_000L),
                    policy("hd", 2, 6_000_000L, "voice", 1, 1_000_000L, "big", 2, 5_000_000L)).toCompletableFuture().join();
            assertThat(l.wire.get(7).avp("QoS-Rule-Report").orElseThrow().child("Rule-Failure-Code").orElseThrow()
                    .asInt()).isEqualTo(5);
            assertThat(l.rejected).extracting(x -> x.name()).containsExactly("big");
        }
    }

    @Test
    void gxEndReleasesTheS9aSessionAndTheBpcfSendsCcrT() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = policy("video", 2, 8_000_000L);
            establish(l, l.gxSession("epdg;1", IMSI, "198.51.100.7"));
            IpCanSession ended = l.store.sessions().close("epdg;1", l.clock.instant(), l.clock.instant())
                    .toCompletableFuture().join().orElseThrow();
            l.pcrf.onGxSessionTerminated(ended).toCompletableFuture().join();
            l.settle();
            assertThat(l.ladder.subList(4, 8)).containsExactly("PCRF -> BPCF RAR", "PCRF <- BPCF RAA 2001",
                    "BPCF -> PCRF CCR-T", "BPCF <- PCRF CCA-T 2001");
            assertThat(l.bpcf.list()).isEmpty();
            assertThat(l.bpcf.lines().usage("line-1").dlUsed()).isZero();
        }
    }

    @Test
    void attachWithoutTriggerUsageAndDetach() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = policy("video", 2, 8_000_000L);
            l.gxSession("epdg;1", IMSI, "198.51.100.9"); // e.g. establishment disabled for it
            OpenResult open = l.bpcf.attach("198.51.100.9", IMSI, "internet").toCompletableFuture().join();
            assertThat(open.resultCode()).isEqualTo(2001);
            assertThat(open.admitted()).containsExactly("video");
            assertThat(l.bpcf.reportUsage("198.51.100.9", 1000, 5000).toCompletableFuture().join()).isEqualTo(2001);
            DiameterMessage usage = l.wire.get(l.wire.size() - 2);
            assertThat(usage.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("UPDATE_REQUEST");
            assertThat(usage.avp("Usage-Monitoring-Information").orElseThrow().child("Used-Service-Unit").orElseThrow()
                    .child("CC-Output-Octets").orElseThrow().asLong()).isEqualTo(5000);
            assertThat(l.bpcf.detach("198.51.100.9").toCompletableFuture().join()).isEqualTo(2001);
            assertThat(l.reload("epdg;1").linkedSessions()).isEmpty();
            // No IP-CAN session for this UE: the PCRF refuses with 5030.
            assertThat(l.bpcf.attach("198.51.100.10", "001010000000077", "internet").toCompletableFuture().join()
                    .resultCode()).isEqualTo(5030);
        }
    }
}
