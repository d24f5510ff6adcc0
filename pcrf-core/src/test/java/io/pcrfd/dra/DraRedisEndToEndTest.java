package io.pcrfd.dra;

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
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.gx.LocalRedis;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.store.model.PcrfBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two DRA nodes sharing bindings in one redis-server, in front of two pcrfd PCRFs: CCR-Is for
 * one subscriber racing through both DRAs end on one PCRF, and a binding made under the old
 * rules wins over a DRA whose rules (configured later) would choose the other PCRF; the bindings of
 * a killed PCRF, re-homed by CCR-Is racing through both DRAs, each end on one live PCRF.
 */
class DraRedisEndToEndTest {
    private static final String EVEN = """
              routingTables:
                - {name: both, routes: [{host: pcrf1.e2e.example}, {host: pcrf2.e2e.example}]}
                - {name: t2, routes: [{host: pcrf2.e2e.example}]}
              pools: [{name: default, routingTable: both}, {name: p2, routingTable: t2}]
            """;
    private static final String PCRF1_FIRST = EVEN.replace("{host: pcrf2.e2e.example}]}",
            "{host: pcrf2.e2e.example, priority: 2}]}");
    private static final String INTERNET_TO_PCRF2 = EVEN + "  apnPools: [{apn: internet, pool: p2}]\n";

    private static LocalRedis redis;
    private PcrfNode pcrf1;
    private PcrfNode pcrf2;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeAll
    static void startRedis() throws Exception {
        Assumptions.assumeTrue(LocalRedis.installed(), "redis-server is not on PATH: DRA over Redis skipped");
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void startPcrfs() {
        pcrf1 = DraTestBed.pcrf("pcrf1.e2e.example");
        pcrf2 = DraTestBed.pcrf("pcrf2.e2e.example");
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        pcrf1.close();
        pcrf2.close();
    }

    private DraNode dra(String host, String pools, String prefix) {
        DraNode d = DraTestBed.dra(host, ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort(),
                        "pcrf2.e2e.example", pcrf2.diameterAddresses().get(0).getPort()), pools,
                "store: {type: redis, redis: {uri: '" + redis.uri() + "', keyPrefix: '" + prefix + "'}}");
        closing.add(d);
        return d;
    }

    private TestPeer gateway(String host, DraNode dra) {
        TestPeer gw = client(host, port(dra), ApplicationIds.GX);
        closing.add(gw);
        return gw;
    }

    @Test
    void ccrIsOfOneSubscriberRacingThroughTwoDrasEndOnOnePcrf() throws Exception {
        DraNode a = dra("dra-a.e2e.example", EVEN, "race:");
        DraNode b = dra("dra-b.e2e.example", EVEN, "race:");
        TestPeer gwA = gateway("pgw-a.e2e.example", a);
        TestPeer gwB = gateway("pgw-b.e2e.example", b);

        for (int s = 0; s < 6; s++) {
            String imsi = "00101000000090" + s;
            CompletableFuture<DiameterMessage> viaA = gwA.request(initial("pgw-a.e2e.example", "a;" + s, imsi,
                    "internet", "10.2.0." + (2 * s + 1)).build());
            CompletableFuture<DiameterMessage> viaB = gwB.request(initial("pgw-b.e2e.example", "b;" + s, imsi,
                    "internet", "10.2.0." + (2 * s + 2)).build());
            DiameterMessage ccaA = viaA.get(10, TimeUnit.SECONDS);
            DiameterMessage ccaB = viaB.get(10, TimeUnit.SECONDS);

            assertThat(result(ccaA)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(result(ccaB)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(origin(ccaA)).as("subscriber " + imsi).isEqualTo(origin(ccaB));
            PcrfBinding binding = get(b.store().binding(imsi, "internet")).orElseThrow();
            assertThat(binding.pcrfHost()).isEqualTo(origin(ccaA));
            assertThat(get(a.store().sessionsOf(binding.key()))).containsExactlyInAnyOrder("a;" + s, "b;" + s);
        }
    }

    @Test
    void twoDrasRehomingOneKilledPcrfsSubscribersAtOnceMoveEachToOnePcrf() throws Exception {
        PcrfNode pcrf3 = DraTestBed.pcrf("pcrf3.e2e.example");
        closing.add(pcrf3);
        DraNode a = rehoming("dra-a.e2e.example", pcrf3);
        DraNode b = rehoming("dra-b.e2e.example", pcrf3);
        TestPeer gwA = gateway("pgw-a.e2e.example", a);
        TestPeer gwB = gateway("pgw-b.e2e.example", b);
        for (int s = 0; s < 4; s++) {
            assertThat(origin(DraTestBed.call(gwA, initial("pgw-a.e2e.example", "k;" + s, "00101000000095" + s,
                    "internet", "10.4.0." + (s + 1)).build()))).isEqualTo("pcrf1.e2e.example");
        }
        pcrf1.close();
        for (DraNode d : List.of(a, b)) {
            DraTestBed.await("pcrf1 down at " + d, () -> DraTestBed.down(d, "pcrf1.e2e.example"));
        }

        for (int s = 0; s < 4; s++) {
            String imsi = "00101000000095" + s;
            CompletableFuture<DiameterMessage> viaA = gwA.request(initial("pgw-a.e2e.example", "ka;" + s, imsi,
                    "internet", "10.4.1." + (s + 1)).build());
            CompletableFuture<DiameterMessage> viaB = gwB.request(initial("pgw-b.e2e.example", "kb;" + s, imsi,
                    "internet", "10.4.2." + (s + 1)).build());
            DiameterMessage ccaA = viaA.get(10, TimeUnit.SECONDS);
            DiameterMessage ccaB = viaB.get(10, TimeUnit.SECONDS);

            assertThat(result(ccaA)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(result(ccaB)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(origin(ccaA)).as("subscriber " + imsi).isNotEqualTo("pcrf1.e2e.example").isEqualTo(origin(ccaB));
            assertThat(get(b.store().binding(imsi, "internet"))).map(PcrfBinding::pcrfHost).contains(origin(ccaA));
            assertThat(get(a.store().sessionsOf(PcrfBinding.key(imsi, "internet"))))
                    .containsExactlyInAnyOrder("k;" + s, "ka;" + s, "kb;" + s);
        }
    }

    /** A DRA whose one pool has pcrf1 first, then pcrf2 and pcrf3 evenly, and re-homes. */
    private DraNode rehoming(String host, PcrfNode pcrf3) {
        DraNode d = DraTestBed.dra(host, ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort(),
                        "pcrf2.e2e.example", pcrf2.diameterAddresses().get(0).getPort(),
                        "pcrf3.e2e.example", pcrf3.diameterAddresses().get(0).getPort()), """
                  routingTables:
                    - name: t
                      routes:
                        - {host: pcrf1.e2e.example, priority: 1}
                        - {host: pcrf2.e2e.example, priority: 2}
                        - {host: pcrf3.e2e.example, priority: 2}
                  pools: [{name: default, routingTable: t, onPcrfDown: rehome}]
                """, "store: {type: redis, redis: {uri: '" + redis.uri() + "', keyPrefix: 'rehome:'}}");
        closing.add(d);
        return d;
    }

    @Test
    void aBindingMadeBeforeANewRuleWinsAtAnotherDra() {
        DraNode old = dra("dra-old.e2e.example", PCRF1_FIRST, "rule:");
        DraNode later = dra("dra-new.e2e.example", INTERNET_TO_PCRF2, "rule:");
        TestPeer gwOld = gateway("pgw-old.e2e.example", old);
        TestPeer gwNew = gateway("pgw-new.e2e.example", later);

        DiameterMessage first = DraTestBed.call(gwOld, initial("pgw-old.e2e.example", "old;1", "001010000000999",
                "internet", "10.3.0.1").build());
        DiameterMessage second = DraTestBed.call(gwNew, initial("pgw-new.e2e.example", "new;1", "001010000000999",
                "internet", "10.3.0.2").build());
        DiameterMessage other = DraTestBed.call(gwNew, initial("pgw-new.e2e.example", "new;2", "001010000000998",
                "internet", "10.3.0.3").build());

        assertThat(origin(first)).isEqualTo("pcrf1.e2e.example");
        assertThat(origin(second)).as("the existing binding, not the new rule").isEqualTo("pcrf1.e2e.example");
        assertThat(origin(other)).as("a new binding follows the new rule").isEqualTo("pcrf2.e2e.example");
        assertThat(get(later.store().binding("001010000000999", "internet"))).map(PcrfBinding::pcrfHost)
                .contains("pcrf1.e2e.example");
    }
}
