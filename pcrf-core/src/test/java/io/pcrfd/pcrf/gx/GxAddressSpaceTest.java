package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.store.model.IpCanSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The UE-address binding is per address space, the APN and the CCR-I's IP-Domain-Id: the same
 * address in another space is another UE, so only a holder in the same space is evicted.
 */
class GxAddressSpaceTest {
    private static final String ADDRESS = "10.0.3.1";
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private long evicted() {
        return h.app.service().endCounters().snapshot().evicted();
    }

    private String[] holders() {
        return join(h.store.sessions().findAllByIpv4(ADDRESS)).stream().map(IpCanSession::sessionId)
                .toArray(String[]::new);
    }

    @Test
    void oneAddressInTwoApnsGivesTwoLiveSessions() {
        assertThat(resultCode(h.call(h.pcef.initial("pgw1;20;internet", Pcef.BASIC_IMSI, ADDRESS, "internet")
                .build()))).isEqualTo(2001);
        assertThat(resultCode(h.call(h.pcef.initial("pgw1;20;ims", Pcef.GOLD_IMSI, ADDRESS, "ims")
                .build()))).isEqualTo(2001);

        assertThat(holders()).containsExactlyInAnyOrder("pgw1;20;internet", "pgw1;20;ims");
        assertThat(resultCode(h.call(h.pcef.usage("pgw1;20;internet", 1, "mk1", 1, 33)))).isEqualTo(2001);
        assertThat(resultCode(h.call(h.pcef.usage("pgw1;20;ims", 1, "mk1", 1, 33)))).isEqualTo(2001);
        assertThat(evicted()).isZero();
    }

    @Test
    void aSecondCcrIInTheSameApnEvictsOnlyThatApnsHolder() {
        h.call(h.pcef.initial("pgw1;21;internet", Pcef.BASIC_IMSI, ADDRESS, "internet").build());
        h.call(h.pcef.initial("pgw1;21;ims", Pcef.GOLD_IMSI, ADDRESS, "ims").build());

        assertThat(resultCode(h.call(h.pcef.initial("pgw1;21;again", Pcef.BASIC_IMSI, ADDRESS, "Internet")
                .build()))).as("APN compared without ASCII case").isEqualTo(2001);

        assertThat(holders()).containsExactlyInAnyOrder("pgw1;21;again", "pgw1;21;ims");
        assertThat(resultCode(h.call(h.pcef.usage("pgw1;21;internet", 1, "mk1", 1, 33)))).isEqualTo(5002);
        assertThat(evicted()).isEqualTo(1);
        assertThat(h.ended).containsExactly("pgw1;21;internet evicted by pgw1;21;again");
    }

    @Test
    void theCcrIsIpDomainIdIsStoredAndSeparatesSpacesWithinOneApn() {
        h.call(h.pcef.initial("pgw1;22;d1", Pcef.BASIC_IMSI, ADDRESS).add(Ts29214.IP_DOMAIN_ID, "domain-1").build());
        h.call(h.pcef.initial("pgw1;22;d2", Pcef.GOLD_IMSI, ADDRESS).add(Ts29214.IP_DOMAIN_ID, "domain-2").build());
        h.call(h.pcef.initial("pgw1;22;none", Pcef.GOLD_IMSI, ADDRESS).build());
        assertThat(holders()).hasSize(3);
        assertThat(evicted()).isZero();

        assertThat(resultCode(h.call(h.pcef.initial("pgw1;22;d1-again", Pcef.BASIC_IMSI, ADDRESS)
                .add(Ts29214.IP_DOMAIN_ID, "domain-1").build()))).isEqualTo(2001);

        assertThat(holders()).containsExactlyInAnyOrder("pgw1;22;d1-again", "pgw1;22;d2", "pgw1;22;none");
        assertThat(join(h.store.sessions().findByIpv4(ADDRESS, "internet", "domain-2")))
                .hasValueSatisfying(s -> assertThat(s.ipDomainId()).isEqualTo("domain-2"));
        assertThat(join(h.store.sessions().get("pgw1;22;none"))).hasValueSatisfying(
                s -> assertThat(s.ipDomainId()).isNull());
        assertThat(evicted()).isEqualTo(1);
    }

    @Test
    void anEmptyIpDomainIdIs5004WithTheAvpAndStoresNothing() {
        DiameterMessage cca = h.call(h.pcef.initial("pgw1;23;empty", Pcef.BASIC_IMSI, ADDRESS)
                .add(Ts29214.IP_DOMAIN_ID, new byte[0]).build());

        assertThat(resultCode(cca)).isEqualTo(5004);
        Avp failed = cca.avp("Failed-AVP").orElseThrow().children().get(0);
        assertThat(failed.code()).isEqualTo(Ts29214.IP_DOMAIN_ID.code());
        assertThat(failed.vendorId()).isEqualTo(Ts29214.IP_DOMAIN_ID.vendorId());
        assertThat(failed.dataLength()).isZero();
        assertThat(h.store.sessionCount()).isZero();
    }
}
