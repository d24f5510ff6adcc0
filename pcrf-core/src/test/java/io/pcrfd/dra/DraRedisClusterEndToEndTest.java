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
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.store.model.PcrfBinding;
import io.pcrfd.store.redis.RedisClusterProcess;
import io.pcrfd.store.redis.RedisServerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two DRA nodes sharing bindings on a local three-master Redis Cluster (redis-server processes
 * started by the test), in front of two pcrfd PCRFs, everything over TCP: CCR-Is of one
 * subscriber racing through both DRAs end on one PCRF, the bindings spread over the masters, an
 * Rx AAR through the other DRA finds the bound PCRF by the UE address (an alternate key in a slot
 * of its own), and the CCR-Ts remove the binding.
 */
class DraRedisClusterEndToEndTest {
    private static final String POOLS = """
              routingTables:
                - {name: both, routes: [{host: pcrf1.e2e.example}, {host: pcrf2.e2e.example}]}
              pools: [{name: default, routingTable: both}]
            """;
    private static final int SUBSCRIBERS = 4;

    private static RedisClusterProcess cluster;
    private PcrfNode pcrf1;
    private PcrfNode pcrf2;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        Assumptions.assumeTrue(RedisServerProcess.available(), "redis-server is not on PATH: DRA on Redis Cluster skipped");
        cluster = RedisClusterProcess.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
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

    private DraNode dra(String host) {
        List<String> seeds = cluster.seeds();
        DraNode d = DraTestBed.dra(host, ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort(),
                "pcrf2.e2e.example", pcrf2.diameterAddresses().get(0).getPort()), POOLS,
                "store: {type: redis, redis: {uri: '" + seeds.get(0) + "', cluster: true, nodes: ['" + seeds.get(1)
                        + "', '" + seeds.get(2) + "'], keyPrefix: 'e2ecl:'}}");
        closing.add(d);
        return d;
    }

    private TestPeer peer(String host, DraNode dra, long application) {
        TestPeer p = client(host, port(dra), application);
        closing.add(p);
        return p;
    }

    private static String imsi(int s) {
        return "00101000000070" + s;
    }

    @Test
    void twoDrasOnOneRedisClusterKeepOneBindingPerSubscriberAndRouteRxByIt() throws Exception {
        DraNode a = dra("dra-a.e2e.example");
        DraNode b = dra("dra-b.e2e.example");
        TestPeer gwA = peer("pgw-a.e2e.example", a, ApplicationIds.GX);
        TestPeer gwB = peer("pgw-b.e2e.example", b, ApplicationIds.GX);
        TestPeer af = peer("pcscf.e2e.example", b, ApplicationIds.RX);

        for (int s = 0; s < SUBSCRIBERS; s++) {
            CompletableFuture<DiameterMessage> viaA = gwA.request(initial("pgw-a.e2e.example", "cla;" + s, imsi(s),
                    "internet", "10.7.0." + (2 * s + 1)).build());
            CompletableFuture<DiameterMessage> viaB = gwB.request(initial("pgw-b.e2e.example", "clb;" + s, imsi(s),
                    "internet", "10.7.0." + (2 * s + 2)).build());
            DiameterMessage ccaA = viaA.get(10, TimeUnit.SECONDS);
            DiameterMessage ccaB = viaB.get(10, TimeUnit.SECONDS);

            assertThat(result(ccaA)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(result(ccaB)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(origin(ccaA)).as("subscriber " + imsi(s)).isEqualTo(origin(ccaB));
            PcrfBinding binding = get(b.store().binding(imsi(s), "internet")).orElseThrow();
            assertThat(binding.pcrfHost()).isEqualTo(origin(ccaA));
            assertThat(get(a.store().sessionsOf(binding.key()))).containsExactlyInAnyOrder("cla;" + s, "clb;" + s);

            DiameterMessage aaa = call(af, DraTestBed.aar("pcscf.e2e.example", "clrx;" + s, "10.7.0." + (2 * s + 1),
                    "internet"));
            assertThat(result(aaa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(origin(aaa)).as("Rx of " + imsi(s)).isEqualTo(binding.pcrfHost());
        }
        assertThat(cluster.keysPerMaster("e2ecl:dra:b:*")).as("bindings per master")
                .filteredOn(n -> n > 0).hasSizeGreaterThan(1);

        for (int s = 0; s < SUBSCRIBERS; s++) {
            assertThat(result(call(gwA, DraTestBed.terminate("pgw-a.e2e.example", "cla;" + s))))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(result(call(gwB, DraTestBed.terminate("pgw-b.e2e.example", "clb;" + s))))
                    .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(get(a.store().binding(imsi(s), "internet"))).as("binding of " + imsi(s)).isEmpty();
        }
        assertThat(cluster.keysPerMaster("e2ecl:dra:b:*")).containsOnly(0);
    }
}
