package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failed CCR-I leaves nothing; stale UE-IP eviction; gateway restart purge; inactivity audit. */
class GxSessionHygieneTest {
    private final GxHarness h = new GxHarness(GxSettings.defaults().withInactivityTimeout(Duration.ofHours(1)));

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aRejectedCcrILeavesNothingBehind() {
        DiameterMessage cca = h.call(h.pcef.initial("pgw1;9;barred", Pcef.BARRED_IMSI, "10.0.2.1").build());

        assertThat(cca.avp("Result-Code")).isEmpty();
        Avp er = cca.avp("Experimental-Result").orElseThrow();
        assertThat(GxHarness.u32(er, "Vendor-Id")).isEqualTo(10415);
        assertThat(GxHarness.u32(er, "Experimental-Result-Code")).isEqualTo(5140);
        assertThat(join(h.store.sessions().get("pgw1;9;barred"))).isEmpty();
        assertThat(join(h.store.sessions().findAllByIpv4("10.0.2.1"))).isEmpty();
        assertThat(h.store.sessionCount()).isZero();
    }

    @Test
    void aCcrIWithoutSubscriptionIdIs5005WithAnExampleAndStoresNothing() {
        DiameterMessage ccr = h.pcef.ccr("pgw1;9;anon", "INITIAL_REQUEST", 0)
                .add("Framed-IP-Address", Pcef.ip("10.0.2.2").getAddress())
                .add("Called-Station-Id", "internet").build();

        DiameterMessage cca = h.call(ccr);

        assertThat(resultCode(cca)).isEqualTo(5005);
        Avp failed = cca.avp("Failed-AVP").orElseThrow().children().get(0);
        assertThat(failed.code()).isEqualTo(443);
        assertThat(h.store.sessionCount()).isZero();
    }

    @Test
    void aNewCcrIForABoundUeAddressEvictsTheStaleSession() {
        h.call(h.pcef.initial("pgw1;10;old", Pcef.BASIC_IMSI, "10.0.2.3").build());

        DiameterMessage cca = h.call(h.pcef.initial("pgw1;10;new", Pcef.BASIC_IMSI, "10.0.2.3").build());

        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(join(h.store.sessions().get("pgw1;10;old"))).isEmpty();
        assertThat(join(h.store.sessions().findByIpv4("10.0.2.3", "internet", null))).hasValueSatisfying(
                s -> assertThat(s.sessionId()).isEqualTo("pgw1;10;new"));
        assertThat(join(h.store.contexts().findClosed("internet", SubscriberId.imsi(Pcef.BASIC_IMSI))))
                .hasValueSatisfying(c -> assertThat(c.sessionId()).isEqualTo("pgw1;10;old"));
        assertThat(h.app.service().endCounters().snapshot().evicted()).isEqualTo(1);
    }

    @Test
    void aHigherOriginStateIdFromTheGatewayPurgesItsOlderSessions() {
        h.call(h.pcef.initial("pgw1;11;a", Pcef.BASIC_IMSI, "10.0.2.4").build());
        h.call(h.pcef.initial("pgw1;11;b", Pcef.GOLD_IMSI, "10.0.2.5").build());
        h.pcef.restart();

        h.call(h.pcef.initial("pgw1;11;c", Pcef.BASIC_IMSI, "10.0.2.6").build());

        assertThat(join(h.store.sessions().get("pgw1;11;a"))).isEmpty();
        assertThat(join(h.store.sessions().get("pgw1;11;b"))).isEmpty();
        assertThat(join(h.store.sessions().get("pgw1;11;c"))).isPresent();
    }

    @Test
    void purgeGatewayEndsOnlyThatGatewaysOlderSessions() {
        h.call(h.pcef.initial("pgw1;12;a", Pcef.BASIC_IMSI, "10.0.2.7").build());
        h.call(h.pcef.initial("pgw1;12;b", Pcef.GOLD_IMSI, "10.0.2.8").build());

        assertThat(join(h.app.service().purgeGateway("pgw2.epc.example", 99))).isZero();
        assertThat(join(h.app.service().purgeGateway(Pcef.HOST, 7))).as("same Origin-State-Id").isZero();
        assertThat(join(h.app.service().purgeGateway(Pcef.HOST, 8))).isEqualTo(2);
        assertThat(h.store.sessionCount()).isZero();
        assertThat(h.app.service().endCounters().snapshot().purged()).isEqualTo(2);
    }

    @Test
    void theAuditEndsSessionsSilentForLongerThanTheTimeout() {
        h.call(h.pcef.initial("pgw1;13;quiet", Pcef.BASIC_IMSI, "10.0.2.9").build());
        h.clock.advance(Duration.ofMinutes(30));
        h.call(h.pcef.initial("pgw1;13;busy", Pcef.GOLD_IMSI, "10.0.2.10").build());
        h.clock.advance(Duration.ofMinutes(29));
        h.call(h.pcef.usage("pgw1;13;busy", 1, "mk1", 1, 33));

        assertThat(join(h.app.service().auditInactive())).as("59 min: nobody").isZero();
        h.clock.advance(Duration.ofMinutes(2));
        assertThat(join(h.app.service().auditInactive())).isEqualTo(1);
        assertThat(join(h.store.sessions().get("pgw1;13;quiet"))).isEmpty();
        assertThat(join(h.store.sessions().get("pgw1;13;busy"))).isPresent();
        assertThat(h.app.service().endCounters().snapshot())
                .isEqualTo(new SessionEndCounters.Snapshot(0, 0, 1, 0));
    }
}
