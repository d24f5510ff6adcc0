package io.pcrfd.it.dra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.dra.DraNode;
import io.pcrfd.it.Await;
import io.pcrfd.it.peer.JdiameterStack;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdiameter.api.Answer;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jDiameter as the PCEF in front of a pcrfd Policy DRA with two pcrfd PCRFs behind it: its Gx
 * CCR-I, CCR-U and CCR-T (no Destination-Host: it routes by realm to the DRA, its one peer) get
 * 2001 from the PCRF of the subscriber's binding, every request of a session from the same one;
 * the DRA's REST API shows the binding and its sessions, and the last CCR-T removes it. The APN
 * chooses the pool, so both PCRFs serve.
 */
@Timeout(60)
class JdiameterDraTest {
    private static final String REALM = "e2e.example";
    /** The DRA's Origin-Host: the name jDiameter dials must be the one the CEA carries. */
    private static final String DRA = "localhost";
    private static final NodeEnvironment FREE_PORTS = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PcrfNode pcrf1;
    private PcrfNode pcrf2;
    private DraNode dra;
    private JdiameterStack pcef;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        pcrf1 = pcrf("pcrf1.e2e.example");
        pcrf2 = pcrf("pcrf2.e2e.example");
        dra = DraNode.start(ConfigLoader.load("""
                role: dra
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers:
                    - {host: pcrf1.e2e.example, address: 127.0.0.1, port: %d, realm: %s, connect: true, tc: 1s}
                    - {host: pcrf2.e2e.example, address: 127.0.0.1, port: %d, realm: %s, connect: true, tc: 1s}
                rest: {address: 127.0.0.1, port: 8082}
                dra:
                  routingTables:
                    - {name: t1, routes: [{host: pcrf1.e2e.example}]}
                    - {name: t2, routes: [{host: pcrf2.e2e.example}]}
                  pools: [{name: default, routingTable: t1}, {name: ims, routingTable: t2}]
                  apnPools: [{apn: ims, pool: ims}]
                """.formatted(DRA, REALM, port(pcrf1), REALM, port(pcrf2), REALM), null, Map.of()), FREE_PORTS);
        for (String pcrf : List.of("pcrf1.e2e.example", "pcrf2.e2e.example")) {
            Await.await(pcrf + " open at the DRA", Duration.ofSeconds(20), () -> dra.diameter().peer(pcrf)
                    .map(p -> p.health() == Route.Health.OKAY).orElse(false));
        }
        pcef = JdiameterStack.dialling(REALM, DRA, dra.diameterAddresses().get(0).getPort(), 30_000);
        Await.await("jDiameter's CER accepted by the DRA", Duration.ofSeconds(30), () -> pcef.hasOpenPeer()
                && dra.diameter().peer(JdiameterStack.HOST).map(p -> p.state().isOpen()).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (pcef != null) {
            pcef.close();
        }
        dra.close();
        pcrf1.close();
        pcrf2.close();
    }

    private static PcrfNode pcrf(String host) {
        return PcrfNode.start(ConfigLoader.load("""
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: [{address: 127.0.0.1, port: 3868}]
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                """.formatted(host, REALM), null, Map.of()), FREE_PORTS);
    }

    private static int port(PcrfNode pcrf) {
        return pcrf.diameterAddresses().get(0).getPort();
    }

    @Test
    void jdiameterGxSessionsThroughTheDraAreBoundAndRoutedToOnePcrfEach() throws Exception {
        Session internet = pcef.sessions().getNewSession();
        Session again = pcef.sessions().getNewSession();
        Session ims = pcef.sessions().getNewSession();

        Answer ccaI = JdiameterStack.send(internet, ccr(internet, 1, 0, "001010000000801", "internet", 1));
        Answer ccaI2 = JdiameterStack.send(again, ccr(again, 1, 0, "001010000000801", "internet", 2));
        Answer imsI = JdiameterStack.send(ims, ccr(ims, 1, 0, "001010000000802", "ims", 3));

        assertAnswer(ccaI, "pcrf1.e2e.example");
        assertAnswer(ccaI2, "pcrf1.e2e.example");
        assertAnswer(imsI, "pcrf2.e2e.example");
        JsonNode binding = rest("/bindings/imsi/001010000000801?apn=internet", 200);
        assertThat(binding.get("pcrf").asText()).isEqualTo("pcrf1.e2e.example");
        assertThat(binding.get("confirmed").asBoolean()).isTrue();
        assertThat(binding.get("sessions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(internet.getSessionId(), again.getSessionId());
        assertThat(rest("/bindings/ip/10.8.0.3?space=ims", 200).get("pcrf").asText()).isEqualTo("pcrf2.e2e.example");

        assertAnswer(JdiameterStack.send(internet, ccr(internet, 2, 1, null, null, 0)), "pcrf1.e2e.example");
        assertAnswer(JdiameterStack.send(ims, ccr(ims, 2, 1, null, null, 0)), "pcrf2.e2e.example");
        assertAnswer(JdiameterStack.send(internet, ccr(internet, 3, 2, null, null, 0)), "pcrf1.e2e.example");
        assertThat(rest("/bindings/imsi/001010000000801?apn=internet", 200).get("sessions"))
                .extracting(JsonNode::asText).containsExactly(again.getSessionId());
        assertAnswer(JdiameterStack.send(again, ccr(again, 3, 1, null, null, 0)), "pcrf1.e2e.example");
        assertAnswer(JdiameterStack.send(ims, ccr(ims, 3, 2, null, null, 0)), "pcrf2.e2e.example");

        rest("/bindings/imsi/001010000000801?apn=internet", 404);
        rest("/bindings/imsi/001010000000802?apn=ims", 404);
    }

    private static void assertAnswer(Answer a, String pcrf) throws Exception {
        assertThat(a.getResultCode().getUnsigned32()).isEqualTo(2001);
        assertThat(a.getAvps().getAvp(264).getDiameterIdentity()).as("Origin-Host").isEqualTo(pcrf);
    }

    private JsonNode rest(String path, int status) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + dra.restAddress().getPort() + path);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    /**
     * A Gx CCR as a PCEF sends it (type 1 INITIAL, 2 UPDATE, 3 TERMINATION), with no
     * Destination-Host; a CCR-I carries the IMSI, the UE address 10.8.0.{@code host} and the APN.
     */
    private static Request ccr(Session session, int type, long number, String imsi, String apn, int host)
            throws Exception {
        Request r = session.createRequest(272, JdiameterStack.GX, REALM);
        AvpSet avps = r.getAvps();
        avps.addAvp(258, 16777238L, true, false, true);
        avps.addAvp(416, type, true, false);
        avps.addAvp(415, number, true, false, true);
        if (type == 1) {
            AvpSet sub = avps.addGroupedAvp(443, true, false);
            sub.addAvp(450, 1, true, false);
            sub.addAvp(444, imsi, true, false, false);
            avps.addAvp(8, new byte[] {10, 8, 0, (byte) host}, true, false);
            avps.addAvp(30, apn, true, false, false);
        } else if (type == 3) {
            avps.addAvp(295, 1, true, false);
        }
        return r;
    }

}
