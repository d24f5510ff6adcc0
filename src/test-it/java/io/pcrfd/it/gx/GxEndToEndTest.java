package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.GxPcef.texts;
import static io.pcrfd.it.gx.GxPcef.u32;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gx end to end: the PCRF runtime on a loopback socket, a PCEF ({@link TestPeer}) talking to it
 * over TCP, the admin REST API over HTTP. Every assertion is on decoded wire messages or HTTP.
 */
@Timeout(60)
class GxEndToEndTest {
    /** A Wednesday at noon UTC: outside the gold plan's night window. */
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private PcrfUnderTest pcrf;
    private TestPeer pgw;
    private final GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 7);

    @BeforeEach
    void start() {
        pcrf = PcrfUnderTest.start(dir, NOON);
        pgw = pcrf.connect(pcef.host());
    }

    @AfterEach
    void stop() {
        pgw.close();
        pcrf.close();
    }

    @Test
    void ccrInitialInstallsRulesQosAndAmbrWithTheCommonFeatures() {
        DiameterMessage cca = call(pgw, pcef.initial("pgw1;1;gold", GxPcef.GOLD_IMSI, "10.20.0.1"));

        assertThat(cca.commandCode()).isEqualTo(272);
        assertThat(cca.isRequest()).isFalse();
        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(cca.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.e2e.example");
        Avp install = cca.avp("Charging-Rule-Install").orElseThrow();
        assertThat(texts(install.children("Charging-Rule-Name"))).containsExactly("internet");
        assertThat(install.children("Charging-Rule-Base-Name")).extracting(Avp::asUtf8String)
                .containsExactly("gold-services");
        Avp video = install.child("Charging-Rule-Definition").orElseThrow();
        assertThat(GxPcef.text(video.child("Charging-Rule-Name").orElseThrow())).isEqualTo("video");
        assertThat(u32(video.child("QoS-Information").orElseThrow(), "QoS-Class-Identifier")).isEqualTo(2);
        assertThat(u32(video.child("QoS-Information").orElseThrow(), "Guaranteed-Bitrate-DL")).isEqualTo(4_000_000);
        assertThat(video.child("Flow-Information").orElseThrow().child("Flow-Description").orElseThrow().asUtf8String())
                .isEqualTo("permit out 17 from 203.0.113.0/24 5000-5100 to any");
        Avp bearer = cca.avp("Default-EPS-Bearer-QoS").orElseThrow();
        assertThat(u32(bearer, "QoS-Class-Identifier")).isEqualTo(8);
        assertThat(u32(bearer.child("Allocation-Retention-Priority").orElseThrow(), "Priority-Level")).isEqualTo(5);
        Avp ambr = cca.avp("QoS-Information").orElseThrow();
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(50_000_000);
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(300_000_000);
    }

    @Test
    void supportedFeaturesAnswerOnlyTheBitsThisPcrfSupports() {
        DiameterMessage cca = call(pgw, pcef.initial("pgw1;1;features", GxPcef.BASIC_IMSI, "10.20.0.2"));
        Avp features = cca.avp("Supported-Features").orElseThrow();
        assertThat(u32(features, "Vendor-Id")).isEqualTo(10415);
        assertThat(u32(features, "Feature-List-ID")).isEqualTo(1);
        // offered Rel-8, Rel-9, Rel-10, ADC (6), NetLoc (10); configured 0, 1, 3
        assertThat(u32(features, "Feature-List")).isEqualTo(0b1011);
    }

    @Test
    void usageCrossingTheThresholdThrottlesInTheCcaU() {
        DiameterMessage ccaI = call(pgw, pcef.initial("pgw1;1;usage", GxPcef.BASIC_IMSI, "10.20.0.3"));
        assertThat(u32(ccaI.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(50_000_000);
        Avp grant = ccaI.avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(grant.child("Granted-Service-Unit").orElseThrow().child("CC-Total-Octets").orElseThrow().asLong())
                .isEqualTo(400_000_000L);

        DiameterMessage below = call(pgw, pcef.usage("pgw1;1;usage", 1, "mk1", 400_000_000L));
        assertThat(resultCode(below)).isEqualTo(2001);
        assertThat(below.avp("QoS-Information")).as("still under 1 GB: AMBR unchanged").isEmpty();

        DiameterMessage crossing = call(pgw, pcef.usage("pgw1;1;usage", 2, "mk1", 700_000_000L));
        assertThat(resultCode(crossing)).isEqualTo(2001);
        Avp throttled = crossing.avp("QoS-Information").orElseThrow();
        assertThat(u32(throttled, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(256_000);
        assertThat(u32(throttled, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(1_000_000);
    }

    @Test
    void usageCrossingTheThresholdOnOneApnThrottlesTheSubscribersOtherApnByRar() throws Exception {
        String internet = "pgw1;1;usage-internet";
        String ims = "pgw1;1;usage-ims";
        assertThat(resultCode(call(pgw, pcef.initial(internet, GxPcef.BASIC_IMSI, "10.20.0.11", "internet"))))
                .isEqualTo(2001);
        DiameterMessage imsCca = call(pgw, pcef.initial(ims, GxPcef.BASIC_IMSI, "10.20.0.12", "ims"));
        assertThat(u32(imsCca.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .as("the basic plan applies on the ims APN too").isEqualTo(50_000_000);

        DiameterMessage crossing = call(pgw, pcef.usage(internet, 1, "mk1", 1_100_000_000L));

        assertThat(u32(crossing.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .isEqualTo(1_000_000);
        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(5));
        assertThat(rar.sessionId()).as("the other session of the subscriber").contains(ims);
        Avp ambr = rar.avp("QoS-Information").orElseThrow();
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(1_000_000);
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(256_000);
        Await.await("the RAA applied", Duration.ofSeconds(5), () -> storedAmbrDl(ims) == 1_000_000);
        // ims was the only other session and its push is done: no RAR to the reporting session
        assertThat(pgw.received()).noneMatch(m -> m.commandCode() == 258 && m.isRequest());
    }

    /** The APN-AMBR downlink of the session as the admin API shows it. */
    private long storedAmbrDl(String sessionId) {
        try {
            return JSON.readTree(pcrf.get("/sessions/" + segment(sessionId)).body()).findValue("apnAmbrDl").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reauthorizeOverRestSendsARarAndReportsTheRaa() throws Exception {
        String id = "pgw1;1;rar";
        assertThat(resultCode(call(pgw, pcef.initial(id, GxPcef.GOLD_IMSI, "10.20.0.4")))).isEqualTo(2001);

        HttpResponse<String> r = pcrf.post("/sessions/" + segment(id) + "/reauthorize");

        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("sessionId").asText()).isEqualTo(id);
        assertThat(body.get("outcome").asText()).isEqualTo("APPLIED");
        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(5));
        assertThat(rar.applicationId()).isEqualTo(16777238L);
        assertThat(rar.sessionId()).contains(id);
        assertThat(rar.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(pcef.host());
        assertThat(rar.avp("Re-Auth-Request-Type").orElseThrow().asInt()).isZero(); // AUTHORIZE_ONLY
    }

    @Test
    void ccrTerminationClosesTheSessionAndLaterRequestsGet5002() {
        String id = "pgw1;1;term";
        call(pgw, pcef.initial(id, GxPcef.BASIC_IMSI, "10.20.0.5"));
        assertThat(pcrf.get("/sessions/" + segment(id)).statusCode()).isEqualTo(200);

        DiameterMessage ccaT = call(pgw, pcef.terminate(id, 1));

        assertThat(resultCode(ccaT)).isEqualTo(2001);
        assertThat(ccaT.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(3);
        assertThat(pcrf.get("/sessions/" + segment(id)).statusCode()).isEqualTo(404);
        assertThat(resultCode(call(pgw, pcef.update(id, 2)))).isEqualTo(5002);
    }

    /**
     * A CCR-T sent again with the T bit (RFC 6733 §5.5.4) after its CCA-T was lost: with the same
     * End-to-End id the peer layer's duplicate cache answers it (RFC 6733 §3); with another one
     * (a PCEF that numbered it anew) the Gx application does, from the end it remembers. Both get
     * the first CCA-T's AVPs, 2001 and not 5002, and the session stays closed.
     */
    @Test
    void aRetransmittedCcrTGetsTheFirstCcaTWhateverItsEndToEndId() throws Exception {
        String id = "pgw1;1;term-again";
        call(pgw, pcef.initial(id, GxPcef.BASIC_IMSI, "10.20.0.6"));
        DiameterMessage ccrT = pcef.terminate(id, 1).withEndToEnd(EndToEndId.of(0x7E00_0001));

        DiameterMessage first = exchange(ccrT, 0x7E00_0001);
        DiameterMessage sameIds = exchange(ccrT.withFlags(ccrT.flags().withRetransmitted(true)), 0x7E00_0002);
        DiameterMessage newIds = call(pgw, ccrT.withFlags(ccrT.flags().withRetransmitted(true)));

        assertThat(resultCode(first)).isEqualTo(2001);
        assertThat(sameIds.endToEnd()).isEqualTo(first.endToEnd());
        assertThat(sameIds.avps()).isEqualTo(first.avps());
        assertThat(newIds.endToEnd()).isNotEqualTo(first.endToEnd());
        assertThat(newIds.avps()).as("not 5002: the first CCA-T again").isEqualTo(first.avps());
        JsonNode counters = JSON.readTree(pcrf.get("/metrics/counters").body());
        assertThat(counters.get("diameter.duplicateRequests").asLong()).as("only the same-ids one").isEqualTo(1);
        assertThat(pcrf.get("/sessions/" + segment(id)).statusCode()).isEqualTo(404);
    }

    /** Sends {@code request} as it is with this Hop-by-Hop id, and waits for its answer. */
    private DiameterMessage exchange(DiameterMessage request, int hopByHop) {
        pgw.send(request.withHopByHop(HopByHopId.of(hopByHop)));
        return pgw.awaitReceived(m -> !m.isRequest() && m.hopByHop().value() == hopByHop, Duration.ofSeconds(10));
    }

    @Test
    void ccrUpdateForAnUnknownSessionIs5002() {
        DiameterMessage cca = call(pgw, pcef.update("pgw1;1;never-opened", 1));
        assertThat(resultCode(cca)).isEqualTo(5002);
        assertThat(cca.sessionId()).contains("pgw1;1;never-opened");
    }

    @Test
    void aBarredSubscriberIsRejectedAndLeavesNothingBehind() {
        String id = "pgw1;1;barred";
        DiameterMessage cca = call(pgw, pcef.initial(id, "001019000000666", "10.20.0.6"));
        assertThat(resultCode(cca)).isEqualTo(5140);
        assertThat(pcrf.get("/sessions/" + segment(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void policyReloadKeepsTheOldPolicyOnABadFileAndTakesAGoodOne() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "defaultPlan: gone\nplans: {}\n");
        HttpResponse<String> bad = pcrf.post("/policy/reload");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("detail").asText()).startsWith(policy + ": defaultPlan: ");
        assertThat(resultCode(call(pgw, pcef.initial("pgw1;1;reload", GxPcef.BASIC_IMSI, "10.20.0.7"))))
                .as("the old policy still decides").isEqualTo(2001);

        PcrfUnderTest.copyPolicy(policy);
        HttpResponse<String> ok = pcrf.post("/policy/reload");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("plans").asInt()).isEqualTo(3);
    }

    @Test
    void aReloadedPolicyReachesTheLiveSessionsItChangesByRar() throws Exception {
        String basic = "pgw1;1;reload-basic";
        String gold = "pgw1;1;reload-gold";
        call(pgw, pcef.initial(basic, GxPcef.BASIC_IMSI, "10.20.0.9"));
        call(pgw, pcef.initial(gold, GxPcef.GOLD_IMSI, "10.20.0.10"));
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("ambr: {uplink: 10Mbps, downlink: 50Mbps}",
                "ambr: {uplink: 10Mbps, downlink: 80Mbps}"));

        HttpResponse<String> ok = pcrf.post("/policy/reload");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("sessions").asInt()).as("both decided again").isEqualTo(2);
        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(5));
        assertThat(rar.sessionId()).as("only the plan that changed").contains(basic);
        assertThat(u32(rar.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .isEqualTo(80_000_000);
        Await.await("the RAA applied", Duration.ofSeconds(5), () -> pcrf.get("/sessions/" + segment(basic))
                .body().contains("80000000"));
        // The in-memory store decides both before the reload answers, so no later RAR can come.
        assertThat(pgw.received()).as("the gold session's decision did not change: no second RAR")
                .noneMatch(m -> m.commandCode() == 258 && m.isRequest());
    }

    @Test
    void healthAndCountersDescribeThePcef() throws Exception {
        JsonNode health = JSON.readTree(pcrf.get("/health").body());
        assertThat(health.get("peers")).anySatisfy(p -> {
            assertThat(p.get("host").asText()).isEqualTo(pcef.host());
            assertThat(p.get("state").asText()).isEqualTo("R_OPEN");
        });
        call(pgw, pcef.initial("pgw1;1;count", GxPcef.BASIC_IMSI, "10.20.0.8"));
        JsonNode counters = JSON.readTree(pcrf.get("/metrics/counters").body());
        assertThat(counters.get("diameter.peersOpen").asLong()).isEqualTo(1);
        assertThat(counters.get("store.sessions").asLong()).isEqualTo(1);
    }
}
