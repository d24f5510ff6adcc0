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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.store.model.PcrfBinding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pcrfd PCRF node stopped behind a DRA ({@code dra.pools[].onPcrfDown}): new bindings go to
 * the live PCRF; in a pool that re-homes, a subscriber's next CCR-I moves its binding there (and
 * Rx follows), in a pool that refuses it gets 3002; the sessions that lived on the stopped PCRF
 * get 3002 for their CCR-U and CCR-T; the other PCRF's sessions go on as before.
 */
class DraPcrfDownTest {
    private static final String PGW = "pgw1.e2e.example";
    private static final String POOLS = """
              routingTables:
                - name: pcrf2-first
                  routes: [{host: pcrf2.e2e.example, priority: 1}, {host: pcrf1.e2e.example, priority: 2}]
                - {name: t1, routes: [{host: pcrf1.e2e.example}]}
              pools:
                - {name: default, routingTable: pcrf2-first, onPcrfDown: rehome}
                - {name: strict, routingTable: pcrf2-first}
                - {name: one, routingTable: t1}
              apnPools: [{apn: strict, pool: strict}, {apn: one, pool: one}]
            """;
    private static final String MOVED = "001010000000601";
    private static final String REFUSED = "001010000000602";
    private static final String ELSEWHERE = "001010000000603";

    private PcrfNode pcrf1;
    private PcrfNode pcrf2;
    private DraNode dra;
    private TestPeer pgw;

    @BeforeEach
    void start() {
        pcrf1 = DraTestBed.pcrf("pcrf1.e2e.example");
        pcrf2 = DraTestBed.pcrf("pcrf2.e2e.example");
        dra = DraTestBed.dra("dra.e2e.example", ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort(),
                "pcrf2.e2e.example", pcrf2.diameterAddresses().get(0).getPort()), POOLS, "store: {type: memory}");
        pgw = client(PGW, port(dra), ApplicationIds.GX);
    }

    @AfterEach
    void stop() {
        pgw.close();
        dra.close();
        pcrf1.close();
        pcrf2.close();
    }

    private DiameterMessage ccrI(String sessionId, String imsi, String apn, String ueIp) {
        return call(pgw, initial(PGW, sessionId, imsi, apn, ueIp).build());
    }

    private DiameterMessage ccrU(String sessionId) {
        return call(pgw, DraTestBed.ccr(PGW, sessionId, Rfc4006.CcRequestType.UPDATE_REQUEST, 1).build());
    }

    private void stopPcrf2() {
        assertThat(origin(ccrI("moved;1", MOVED, "internet", "10.6.0.1"))).isEqualTo("pcrf2.e2e.example");
        assertThat(origin(ccrI("refused;1", REFUSED, "strict", "10.6.0.2"))).isEqualTo("pcrf2.e2e.example");
        assertThat(origin(ccrI("elsewhere;1", ELSEWHERE, "one", "10.6.0.3"))).isEqualTo("pcrf1.e2e.example");
        pcrf2.close();
        DraTestBed.await("pcrf2 down at the DRA", () -> DraTestBed.down(dra, "pcrf2.e2e.example"));
    }

    private JsonNode counters() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + dra.restAddress().getPort() + "/metrics/counters")).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("GET /metrics/counters", e);
        }
    }

    @Test
    void inARehomingPoolTheNextCcrIMovesTheBindingToTheLivePcrfAndRxFollows() {
        stopPcrf2();

        DiameterMessage cca = ccrI("moved;2", MOVED, "internet", "10.6.0.11");

        assertThat(result(cca)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(cca)).isEqualTo("pcrf1.e2e.example");
        PcrfBinding b = get(dra.store().binding(MOVED, "internet")).orElseThrow();
        assertThat(b.pcrfHost()).isEqualTo("pcrf1.e2e.example");
        assertThat(b.confirmed()).isTrue();
        assertThat(get(dra.store().sessionsOf(b.key()))).containsExactlyInAnyOrder("moved;1", "moved;2");
        assertThat(counters().get("dra.bindingsRehomed").asLong()).isEqualTo(1);
        try (TestPeer af = client("pcscf.e2e.example", port(dra), ApplicationIds.RX)) {
            DiameterMessage aaa = call(af, DraTestBed.aar("pcscf.e2e.example", "pcscf;6", "10.6.0.11", "internet"));
            DiameterMessage old = call(af, DraTestBed.aar("pcscf.e2e.example", "pcscf;7", "10.6.0.1", "internet"));

            assertThat(result(aaa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
            assertThat(origin(aaa)).isEqualTo("pcrf1.e2e.example");
            // the old address still finds the binding (its alternate keys stay); pcrf1 answers by its own state
            assertThat(origin(old)).isEqualTo("pcrf1.e2e.example");
        }
    }

    @Test
    void theStoppedPcrfsSessionsGet3002ForCcrUAndCcrTAndTheirRecordGoesWithTheCcrT() {
        stopPcrf2();
        ccrI("moved;2", MOVED, "internet", "10.6.0.11");

        DiameterMessage ccaU = ccrU("moved;1");
        DiameterMessage ccaT = call(pgw, DraTestBed.terminate(PGW, "moved;1"));

        for (DiameterMessage a : new DiameterMessage[] {ccaU, ccaT}) {
            assertThat(result(a)).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER);
            assertThat(a.flags().error()).isTrue();
            assertThat(origin(a)).isEqualTo("dra.e2e.example");
        }
        assertThat(get(dra.store().session("moved;1"))).isEmpty();
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key(MOVED, "internet")))).containsExactly("moved;2");
        assertThat(result(ccrU("moved;2"))).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
    }

    @Test
    void inARefusingPoolTheBindingStaysAndItsCcrIIs3002WhileNewBindingsAndOtherSessionsGoOn() {
        stopPcrf2();

        DiameterMessage refused = ccrI("refused;2", REFUSED, "strict", "10.6.0.12");
        DiameterMessage fresh = ccrI("fresh;1", "001010000000604", "strict", "10.6.0.13");
        DiameterMessage other = ccrU("elsewhere;1");

        assertThat(result(refused)).isEqualTo(ResultCodes.DIAMETER_UNABLE_TO_DELIVER);
        assertThat(counters().get("dra.bindingsRehomed").asLong()).isZero();
        assertThat(origin(refused)).isEqualTo("dra.e2e.example");
        assertThat(get(dra.store().binding(REFUSED, "strict"))).map(PcrfBinding::pcrfHost)
                .contains("pcrf2.e2e.example");
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key(REFUSED, "strict")))).containsExactly("refused;1");
        assertThat(result(fresh)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(fresh)).isEqualTo("pcrf1.e2e.example");
        assertThat(result(other)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(other)).isEqualTo("pcrf1.e2e.example");
    }
}
