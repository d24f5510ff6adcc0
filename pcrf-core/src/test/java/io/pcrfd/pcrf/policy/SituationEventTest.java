package io.pcrfd.pcrf.policy;

import static io.pcrfd.pcrf.policy.Fixtures.SILVER_IMSI;
import static io.pcrfd.pcrf.policy.Fixtures.UTC;
import static io.pcrfd.pcrf.policy.Fixtures.accept;
import static io.pcrfd.pcrf.policy.Fixtures.after;
import static io.pcrfd.pcrf.policy.Fixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine decides from a situation (the session's latest context) whatever event asked:
 * a PCRF-initiated event decides like a CCR-U of the same context, and only what the event
 * carries (a Gx request's type and reports) changes the answer.
 */
class SituationEventTest {
    private static final PolicyEngine ENGINE = Fixtures.engine("""
            defaultPlan: basic
            plans:
              basic:
                rules:
                  - {name: base, then: {ambr: {uplink: 10Mbps, downlink: 50Mbps}, usageMonitoring: [{key: mk1, total: 400MB}]}}
                  - {name: wifi, when: {ipCanType: [Non-3GPP-EPS]}, then: {ambr: {uplink: 20Mbps, downlink: 100Mbps}}}
                  - name: wifi-night
                    when: {ipCanType: [Non-3GPP-EPS], time: ["22:00-06:00"]}
                    then: {ambr: {uplink: 30Mbps, downlink: 200Mbps}}
            """);
    private static final Instant NIGHT = Instant.parse("2026-11-18T22:00:01Z");

    private static Situation situation(PolicySession session, IpCanContext context, Instant now) {
        return Situation.of(session, context, ENGINE.subscriber(context), Map.of(), now, UTC);
    }

    @Test
    void aTimeFlipIsDecidedOnTheLatestContextNotTheFirstRequests() {
        PolicyRequest ccrI = initial(SILVER_IMSI).build();
        PolicySession afterI = after(accept(ENGINE.decide(situation(PolicySession.NEW, ccrI.context(),
                NIGHT.minusSeconds(3)), PolicyEvent.gx(ccrI))));
        IpCanContext moved = initial(SILVER_IMSI).ratType(RatType.WLAN).ipCanType(IpCanType.NON_3GPP_EPS).build()
                .context();

        Decision.Accept flip = accept(ENGINE.decide(situation(afterI, moved, NIGHT),
                PolicyEvent.of(PolicyEvent.Kind.TIME_FLIP)));

        assertThat(flip.ambr()).isEqualTo(BitratePair.of(30_000_000, 200_000_000));
        assertThat(flip.grants()).as("nothing reported, nothing changed: no new grant").isEmpty();
    }

    @Test
    void everyPcrfInitiatedEventDecidesLikeACcrUWithoutReports() {
        PolicyRequest ccrI = initial(SILVER_IMSI).build();
        PolicySession s = after(accept(ENGINE.decide(situation(PolicySession.NEW, ccrI.context(), NIGHT),
                PolicyEvent.gx(ccrI))));
        PolicyRequest ccrU = ccrI.toBuilder(CcRequestType.UPDATE).ipCanType(IpCanType.NON_3GPP_EPS).build();
        Situation sit = situation(s, ccrU.context(), NIGHT);
        Decision asUpdate = ENGINE.decide(sit, PolicyEvent.gx(ccrU));

        for (PolicyEvent.Kind kind : PolicyEvent.Kind.values()) {
            if (kind != PolicyEvent.Kind.GX_REQUEST) {
                assertThat(ENGINE.decide(sit, PolicyEvent.of(kind))).as(kind.name()).isEqualTo(asUpdate);
            }
        }
    }

    @Test
    void aGxRequestComesWithItsRequestAndNoOtherEventDoes() {
        assertThatThrownBy(() -> PolicyEvent.of(PolicyEvent.Kind.GX_REQUEST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PolicyEvent.of(PolicyEvent.Kind.SY_NOTIFICATION).requestType()).isEqualTo(CcRequestType.UPDATE);
        assertThat(PolicyEvent.of(PolicyEvent.Kind.RX_REQUEST).usageReports()).isEmpty();
    }
}
