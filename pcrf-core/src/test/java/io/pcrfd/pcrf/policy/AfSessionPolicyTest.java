package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.SILVER_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.UTC;
import static io.pcrfd.pcrf.policy.Fixtures.WEDNESDAY_NOON;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.after;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rx in the decision (TS 29.214 §4.4.1): the plan's {@code refuseMedia} verdict, and the rules of
 * the AF sessions bound to the Gx session, installed by every decision whatever its event.
 */
class AfSessionPolicyTest {
    private static final PolicyEngine ENGINE = Fixtures.engine("""
            defaultPlan: basic
            plans:
              basic:
                rules:
                  - {name: base, then: {install: [internet]}}
                  - {name: no-video-on-ims, when: {apn: ["ims"]}, then: {refuseMedia: [video]}}
                  - {name: no-text-at-all, then: {refuseMedia: [text]}}
                  - {name: barred-apn, when: {apn: ["barred"]}, then: {reject: {experimentalResultCode: 5140}}}
            """);
    private static final ChargingRuleDefinition VOICE = new ChargingRuleDefinition("rx:af;1:1",
            List.of(new Flow("permit out 17 from any to 10.0.0.1 5000", FlowDirection.DOWNLINK)), 1, Arp.of(2),
            BitratePair.of(40_000, 40_000), BitratePair.of(40_000, 40_000), 101L, null, null, null, null, null,
            FlowStatus.ENABLED);

    private static Situation situation(String apn, PolicySession session, List<Situation.AfSession> af) {
        IpCanContext context = initial(SILVER_IMSI).apn(apn).build().context();
        return new Situation(session, context, ENGINE.subscriber(context), Map.of(), List.of(), Map.of(), af,
                WEDNESDAY_NOON, UTC);
    }

    @Test
    void refusedMediaAccumulateOverTheRulesThatHold() {
        assertThat(ENGINE.refusedMedia(situation("ims", PolicySession.NEW, List.of())))
                .containsExactlyInAnyOrder(MediaKind.VIDEO, MediaKind.TEXT);
        assertThat(ENGINE.refusedMedia(situation("internet", PolicySession.NEW, List.of())))
                .containsExactly(MediaKind.TEXT);
        assertThat(ENGINE.refusedMedia(situation("barred", PolicySession.NEW, List.of())))
                .isEqualTo(EnumSet.allOf(MediaKind.class));
    }

    @Test
    void anAfSessionsRulesAreInstalledAndStayWhateverTheEvent() {
        List<Situation.AfSession> af = List.of(new Situation.AfSession("af;1", "IMS Services", List.of(VOICE)));
        Decision.Accept rx = accept(ENGINE.decide(situation("ims", PolicySession.NEW, af),
                PolicyEvent.of(PolicyEvent.Kind.RX_REQUEST)));
        assertThat(rx.target().rules()).containsKeys("internet", "rx:af;1:1");

        Decision.Accept timeFlip = accept(ENGINE.decide(situation("ims", after(rx), af),
                PolicyEvent.of(PolicyEvent.Kind.TIME_FLIP)));
        assertThat(timeFlip.target().rules()).containsKey("rx:af;1:1");

        Decision.Accept afGone = accept(ENGINE.decide(situation("ims", after(rx), List.of()),
                PolicyEvent.of(PolicyEvent.Kind.RX_REQUEST)));
        assertThat(afGone.target().rules()).doesNotContainKey("rx:af;1:1");
    }
}
