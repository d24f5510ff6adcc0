package io.pcrfd.it.establishment;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.bpcf.BpcfSessionView;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.ChargingRuleDefinition;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.PccRule;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.TriggerState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reverse-initiated establishment over real TCP between a pcrfd PCRF and the shipped BPCF role:
 * trigger, answer, the BPCF's CCR-I, QoS rules and admission, a RAR, the release and CCR-T.
 */
@Timeout(60)
class EstablishmentEndToEndTest {
    private static final String IMSI = "001010000000001";
    private static final Duration WAIT = Duration.ofSeconds(10);

    static PolicyState policy(String name, int qci, long dlBps) {
        Map<String, PccRule> rules = new LinkedHashMap<>();
        rules.put(name, new PccRule.Dynamic(new ChargingRuleDefinition(name,
                List.of(new Flow("permit out 17 from 192.0.2.10 to any", FlowDirection.DOWNLINK)), qci, Arp.of(5),
                BitratePair.of(dlBps / 10, dlBps), BitratePair.of(dlBps / 10, dlBps), 100L, null, null, null, null,
                null, null)));
        return new PolicyState(rules, null, null, Map.of(), new TreeSet<>(), null);
    }

    private static BpcfSessionView bpcfSession(EstablishmentPair p, String localIp) {
        await("the BPCF's S9a session for " + localIp, WAIT, () -> p.bpcf.bpcf().sessions().forLocalIp(localIp)
                .map(BpcfSessionView::up).orElse(false));
        return p.bpcf.bpcf().sessions().forLocalIp(localIp).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ter, notify-only", "ccr, one-shot", "ccr, device-level", "ccr, notify-only", "aar, notify-only",
            "aar, one-shot"})
    void triggerAnswerCcrIQosRulesRarAndRelease(String encoding, String mode) {
        try (EstablishmentPair p = new EstablishmentPair(encoding, mode).startBpcf()) {
            p.policy = policy("video", 2, 8_000_000L);
            IpCanSession gx = p.gxSession("epdg;1", IMSI, "198.51.100.7");

            TriggerResult r = p.pcrf.trigger().onGxSessionEstablished(gx).toCompletableFuture().join();
            assertThat(r.outcome()).as(r.detail()).isEqualTo(Outcome.ACCEPTED);

            BpcfSessionView s9a = bpcfSession(p, "198.51.100.7");
            assertThat(s9a.admitted()).containsExactly("video");
            assertThat(s9a.pcrfHost()).isEqualTo(EstablishmentPair.PCRF);
            await("the PCRF's link", WAIT, () -> !p.gx("epdg;1").linkedSessions().isEmpty());
            assertThat(p.gx("epdg;1").linkedSessions()).singleElement().satisfies(l -> {
                assertThat(l.iface()).isEqualTo(LinkedInterface.S9A);
                assertThat(l.sessionId()).isEqualTo(s9a.sessionId());
                assertThat(l.peer()).isEqualTo(EstablishmentPair.BPCF);
            });
            assertThat(p.store.triggers().get(r.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);

            PolicyState hd = policy("hd", 2, 20_000_000L);
            p.pcrf.trigger().onPolicyChanged(p.gx("epdg;1"), p.policy, hd).toCompletableFuture().join();
            assertThat(p.bpcf.bpcf().sessions().forLocalIp("198.51.100.7").orElseThrow().admitted())
                    .containsExactly("hd");

            IpCanSession ended = p.store.sessions().close("epdg;1", p.clock.instant(), p.clock.instant())
                    .toCompletableFuture().join().orElseThrow();
            p.pcrf.trigger().onGxSessionTerminated(ended).toCompletableFuture().join();
            await("the BPCF's CCR-T", WAIT, () -> p.bpcf.bpcf().list().isEmpty());
            assertThat(p.bpcf.bpcf().lines().usage("line-1").dlUsed()).isZero();
        }
    }

    @Test
    void admissionRejectOnANarrowLineComesBackAsQosRuleReport() {
        try (EstablishmentPair p = new EstablishmentPair("ter", "notify-only").startBpcf()) {
            p.policy = policy("uhd", 2, 25_000_000L); // line-2 has 10 Mbit/s down
            p.pcrf.trigger().onGxSessionEstablished(p.gxSession("epdg;1", IMSI, "198.51.100.200"))
                    .toCompletableFuture().join();
            assertThat(bpcfSession(p, "198.51.100.200").admitted()).isEmpty();
            await("the rejection at the PCRF", WAIT, () -> !p.rejected.isEmpty());
            assertThat(p.rejected).singleElement().satisfies(x -> {
                assertThat(x.name()).isEqualTo("uhd");
                assertThat(x.ruleFailureCode()).isEqualTo(5);
            });
        }
    }

    @Test
    void triggerWhileTheBpcfIsDownIsRetriedAndASecondOneSuppressed() {
        try (EstablishmentPair p = new EstablishmentPair("ter", "notify-only")) {
            p.policy = policy("video", 2, 8_000_000L);
            TriggerResult first = p.pcrf.trigger().onGxSessionEstablished(p.gxSession("epdg;1", IMSI, "198.51.100.7"))
                    .toCompletableFuture().join();
            TriggerResult second = p.pcrf.trigger().onGxSessionEstablished(p.gxSession("epdg;2", "001010000000002",
                    "198.51.100.7")).toCompletableFuture().join();
            assertThat(first.outcome()).isEqualTo(Outcome.RETRYING);
            assertThat(first.detail()).contains("no answer");
            assertThat(second.outcome()).isEqualTo(Outcome.SUPPRESSED);
            assertThat(p.store.triggers().get(first.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.PENDING);
        }
    }

    @Test
    void bpcfAttachWithoutTriggerAndUsageReport() {
        try (EstablishmentPair p = new EstablishmentPair("ter", "notify-only").startBpcf()) {
            p.policy = policy("video", 2, 8_000_000L);
            p.gxSession("epdg;1", IMSI, "198.51.100.9");
            var open = p.bpcf.bpcf().attach("198.51.100.9", IMSI, "internet").toCompletableFuture().join();
            assertThat(open.resultCode()).isEqualTo(2001);
            assertThat(open.admitted()).containsExactly("video");
            assertThat(p.bpcf.bpcf().reportUsage("198.51.100.9", 10_000, 90_000).toCompletableFuture().join())
                    .isEqualTo(2001);
            assertThat(p.bpcf.bpcf().detach("198.51.100.9").toCompletableFuture().join()).isEqualTo(2001);
            assertThat(p.gx("epdg;1").linkedSessions()).isEmpty();
        }
    }
}
