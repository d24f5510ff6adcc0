package io.pcrfd.dra;

import static io.pcrfd.dra.DraTestBed.call;
import static io.pcrfd.dra.DraTestBed.client;
import static io.pcrfd.dra.DraTestBed.get;
import static io.pcrfd.dra.DraTestBed.initial;
import static io.pcrfd.dra.DraTestBed.origin;
import static io.pcrfd.dra.DraTestBed.port;
import static io.pcrfd.dra.DraTestBed.ports;
import static io.pcrfd.dra.DraTestBed.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.store.model.PcrfBinding;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gateways, a DRA and two pcrfd PCRFs over TCP in this JVM: pool by APN, sub-pool by the
 * CCR-I's Origin-Host (full and partial, priorities), an existing binding winning over the
 * rules, and a PCRF stopped (new bindings go to the other, its own bindings get 3002).
 */
class DraEndToEndTest {
    static final String POOLS = """
              routingTables:
                - {name: t1, routes: [{host: pcrf1.e2e.example}]}
                - {name: t2, routes: [{host: pcrf2.e2e.example}]}
                - {name: both, routes: [{host: pcrf1.e2e.example}, {host: pcrf2.e2e.example}]}
              pools:
                - {name: default, routingTable: t1}
                - {name: ims, routingTable: t2}
                - {name: p1, routingTable: t1}
                - {name: p2, routingTable: t2}
                - {name: all, routingTable: both}
              apnPools: [{apn: ims, pool: ims}, {apn: everywhere, pool: all}]
              subPools:
                - {pool: default, originHost: .west.e2e.example, match: suffix, priority: 2, subPool: p2}
                - {pool: default, originHost: pgw9.west.e2e.example, match: full, priority: 2, subPool: p1}
                - {pool: default, originHost: pgw7, match: prefix, priority: 1, subPool: p2}
                - {pool: default, originHost: pgw7.east.e2e.example, match: full, priority: 3, subPool: p1}
            """;

    private PcrfNode pcrf1;
    private PcrfNode pcrf2;
    private DraNode dra;
    private final Map<String, TestPeer> gateways = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger addresses = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() {
        pcrf1 = DraTestBed.pcrf("pcrf1.e2e.example");
        pcrf2 = DraTestBed.pcrf("pcrf2.e2e.example");
        dra = DraTestBed.dra("dra.e2e.example", ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort(),
                "pcrf2.e2e.example", pcrf2.diameterAddresses().get(0).getPort()), POOLS, "store: {type: memory}");
    }

    @AfterEach
    void stop() {
        gateways.values().forEach(TestPeer::close);
        dra.close();
        pcrf1.close();
        pcrf2.close();
    }

    private DiameterMessage ccrI(String gateway, String sessionId, String imsi, String apn) {
        TestPeer gw = gateways.computeIfAbsent(gateway, h -> client(h, port(dra), ApplicationIds.GX));
        int n = addresses.incrementAndGet();
        String ip = "10.1." + n / 250 + "." + (1 + n % 250);
        DiameterMessage cca = call(gw, initial(gateway, sessionId, imsi, apn, ip).build());
        assertThat(result(cca)).as("CCA-I of " + sessionId).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        return cca;
    }

    @Test
    void theApnChoosesThePoolAndUnmappedApnsGoToTheDefaultPool() {
        assertThat(origin(ccrI("pgw5.east.e2e.example", "east;1", "001010000000011", "ims")))
                .isEqualTo("pcrf2.e2e.example");
        assertThat(origin(ccrI("pgw5.east.e2e.example", "east;2", "001010000000012", "internet")))
                .isEqualTo("pcrf1.e2e.example");
        assertThat(get(dra.store().binding("001010000000011", "ims"))).map(PcrfBinding::pool).contains("ims");
    }

    @Test
    void subPoolRulesGoByPriorityThenAFullOriginHostBeforeAPartialOne() {
        // .west suffix rule at priority 2: pcrf2
        assertThat(origin(ccrI("pgw1.west.e2e.example", "w1;1", "001010000000021", "internet")))
                .isEqualTo("pcrf2.e2e.example");
        // the full name at the same priority 2 beats the suffix: pcrf1
        assertThat(origin(ccrI("pgw9.west.e2e.example", "w9;1", "001010000000022", "internet")))
                .isEqualTo("pcrf1.e2e.example");
        // a prefix rule at priority 1 beats a full name at priority 3: pcrf2
        assertThat(origin(ccrI("pgw7.east.e2e.example", "e7;1", "001010000000023", "internet")))
                .isEqualTo("pcrf2.e2e.example");
        assertThat(get(dra.store().binding("001010000000023", "internet"))).map(PcrfBinding::pool).contains("p2");
    }

    @Test
    void anExistingBindingWinsOverTheRulesForTheSameSubscriberAndApn() {
        assertThat(origin(ccrI("pgw5.east.e2e.example", "east;3", "001010000000031", "internet")))
                .isEqualTo("pcrf1.e2e.example");

        // a west gateway's new binding would go to pcrf2; this subscriber's goes to pcrf1
        DiameterMessage second = ccrI("pgw1.west.e2e.example", "w1;3", "001010000000031", "internet");

        assertThat(origin(second)).isEqualTo("pcrf1.e2e.example");
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key("001010000000031", "internet"))))
                .containsExactlyInAnyOrder("east;3", "w1;3");
    }

    @Test
    void aStoppedPcrfGetsNoNewBindingAndItsOwnBindingsAre3002() {
        assertThat(origin(ccrI("pgw5.east.e2e.example", "east;4", "001010000000041", "ims")))
                .isEqualTo("pcrf2.e2e.example");

        pcrf2.close();
        DraTestBed.await("pcrf2 unavailable at the DRA", () -> dra.diameter().peer("pcrf2.e2e.example")
                .map(p -> p.health() == Route.Health.UNAVAILABLE).orElse(true));

        for (int i = 0; i < 6; i++) {
            assertThat(origin(ccrI("pgw5.east.e2e.example", "east;5" + i, "00101000000005" + i, "everywhere")))
                    .isEqualTo("pcrf1.e2e.example");
        }
        TestPeer gw = gateways.get("pgw5.east.e2e.example");
        DiameterMessage bound = call(gw, initial("pgw5.east.e2e.example", "east;6", "001010000000041", "ims",
                "10.1.4.1").build());
        assertThat(result(bound)).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER);
        assertThat(bound.flags().error()).isTrue();
        assertThat(origin(bound)).isEqualTo("dra.e2e.example");
        assertThat(get(dra.store().binding("001010000000041", "ims"))).map(PcrfBinding::pcrfHost)
                .contains("pcrf2.e2e.example");
    }

    @Test
    void ccrUAndCcrTFollowTheSessionAndTheLastCcrTRemovesTheBinding() {
        ccrI("pgw1.west.e2e.example", "w1;7", "001010000000071", "internet");
        TestPeer gw = gateways.get("pgw1.west.e2e.example");

        DiameterMessage ccaU = call(gw, DraTestBed.ccr("pgw1.west.e2e.example", "w1;7",
                io.pcrfd.diameter.spec.Rfc4006.CcRequestType.UPDATE_REQUEST, 1).build());
        DiameterMessage ccaT = call(gw, DraTestBed.terminate("pgw1.west.e2e.example", "w1;7"));

        assertThat(result(ccaU)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(ccaU)).isEqualTo("pcrf2.e2e.example");
        assertThat(origin(ccaT)).isEqualTo("pcrf2.e2e.example");
        assertThat(get(dra.store().binding("001010000000071", "internet"))).isEmpty();
        assertThat(get(dra.store().session("w1;7"))).isEmpty();
    }
}
