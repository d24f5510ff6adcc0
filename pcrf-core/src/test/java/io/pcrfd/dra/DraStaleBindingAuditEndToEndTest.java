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
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.store.model.PcrfBinding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stale-binding audit over the wire: a pcrfd PCRF drops a session the DRA never saw end (the
 * gateway answered its RAR 5002 DIAMETER_UNKNOWN_SESSION_ID, RFC 6733 §7.1.5); the DRA's audit
 * asks the PCRF's admin REST API, finds the session unknown and removes the binding and its session record; the subscriber whose session the PCRF
 * still knows keeps its binding, and the stale subscriber's next CCR-I makes a fresh one.
 */
class DraStaleBindingAuditEndToEndTest {
    private static final String PGW = "pgw1.e2e.example";
    private static final String STALE = "001010000000701";
    private static final String LIVE = "001010000000702";

    private PcrfNode pcrf1;
    private DraNode dra;
    private TestPeer pgw;

    @BeforeEach
    void start() {
        pcrf1 = PcrfNode.start(ConfigLoader.load("""
                diameter:
                  originHost: pcrf1.e2e.example
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                rest: {address: 127.0.0.1, port: 8080}
                store: {snapshot: {enabled: false}}
                """.formatted(DraTestBed.REALM), null, Map.of()), DraTestBed.FREE_PORTS);
        dra = DraTestBed.dra("dra.e2e.example", ports("pcrf1.e2e.example", pcrf1.diameterAddresses().get(0).getPort()),
                """
                  routingTables: [{name: t, routes: [{host: pcrf1.e2e.example}]}]
                  pools: [{name: default, routingTable: t}]
                  audit:
                    enabled: true
                    interval: 100ms
                    minAge: 0s
                    pcrfRest: {pcrf1.e2e.example: 'http://127.0.0.1:%d'}
                """.formatted(pcrf1.restAddress().getPort()), "store: {type: memory}");
        pgw = client(PGW, port(dra), ApplicationIds.GX);
        pgw.onRequest(m -> pgw.answer(m, m.sessionId().orElse("").equals("stale;1")
                ? ResultCodes.DIAMETER_UNKNOWN_SESSION_ID : ResultCodes.DIAMETER_SUCCESS));
    }

    @AfterEach
    void stop() {
        pgw.close();
        dra.close();
        pcrf1.close();
    }

    @Test
    void aBindingWhoseSessionsThePcrfNoLongerKnowsIsRemovedByTheAudit() throws Exception {
        assertThat(result(call(pgw, initial(PGW, "stale;1", STALE, "internet", "10.9.0.1").build())))
                .isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(result(call(pgw, initial(PGW, "live;1", LIVE, "internet", "10.9.0.2").build())))
                .isEqualTo(ResultCodes.DIAMETER_SUCCESS);

        HttpResponse<String> reauth = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + pcrf1.restAddress().getPort() + "/sessions/stale;1/reauthorize"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reauth.body()).as("the gateway's RAA 5002 made the PCRF drop it").contains("SESSION_REMOVED");

        DraTestBed.await("the audit removed the stale binding", () ->
                get(dra.store().binding(STALE, "internet")).isEmpty());
        assertThat(get(dra.store().session("stale;1"))).isEmpty();
        DiameterMessage fresh = call(pgw, initial(PGW, "stale;2", STALE, "internet", "10.9.0.1").build());
        assertThat(result(fresh)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(get(dra.store().sessionsOf(PcrfBinding.key(STALE, "internet")))).containsExactly("stale;2");
        assertThat(get(dra.store().binding(LIVE, "internet"))).as("a session the PCRF knows keeps its binding")
                .isPresent();
        DiameterMessage ccaU = call(pgw, DraTestBed.ccr(PGW, "live;1",
                io.pcrfd.diameter.spec.Rfc4006.CcRequestType.UPDATE_REQUEST, 1).build());
        assertThat(result(ccaU)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);
        assertThat(origin(ccaU)).isEqualTo("pcrf1.e2e.example");
    }
}
