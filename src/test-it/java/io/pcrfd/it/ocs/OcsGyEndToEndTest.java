package io.pcrfd.it.ocs;

import static io.pcrfd.it.ocs.OcsUnderTest.SUBSCRIBER;
import static io.pcrfd.it.ocs.OcsUnderTest.call;
import static io.pcrfd.it.ocs.OcsWire.ccr;
import static io.pcrfd.it.ocs.OcsWire.grantedOctets;
import static io.pcrfd.it.ocs.OcsWire.mscc;
import static io.pcrfd.it.ocs.OcsWire.octets;
import static io.pcrfd.it.ocs.OcsWire.resultCode;
import static io.pcrfd.it.ocs.OcsWire.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.gx.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCS's Gy over TCP, as a gateway sees it (RFC 4006 §5, TS 32.299): a 10 MB interval
 * reserved whole across 4 MB of data and 8 cents of money at 1 cent per MB, neither of which
 * covers it alone; the used part committed, the last 2 MB granted as final units with
 * Final-Unit-Indication, then 4012; and the Sy client hears, in SNRs, the counter statuses the
 * usage changed.
 */
@Timeout(60)
class OcsGyEndToEndTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GW = "pgw.e2e.example";
    private static final String PCRF = "pcrf.e2e.example";
    private static final int I = Rfc4006.CcRequestType.INITIAL_REQUEST;
    private static final int U = Rfc4006.CcRequestType.UPDATE_REQUEST;
    private static final int T = Rfc4006.CcRequestType.TERMINATION_REQUEST;

    @Test
    void anIntervalAcrossDataAndMoneyThenFinalUnitsThenCreditLimit(@TempDir Path dir) throws Exception {
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer pcrf = ocs.connect(PCRF, ApplicationIds.SY);
             TestPeer gw = ocs.connect(GW, ApplicationIds.CREDIT_CONTROL)) {
            DiameterMessage sla = call(pcrf, OcsWire.slr(PCRF, "pcrf;sy;9", Ts29219.SlRequestType.INITIAL_REQUEST, SUBSCRIBER));
            assertThat(statuses(sla)).containsEntry("data-volume", "normal").containsEntry("wallet-level", "funded");
            String s = "pgw;gy;1";

            DiameterMessage cca = call(gw, ccr(GW, s, I, 0, SUBSCRIBER, octets(1, -1, true)));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(cca.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow().asInt()).isEqualTo(I);
            assertThat(grantedOctets(mscc(cca, 1))).as("the whole interval").isEqualTo(10_000_000L);
            assertThat(mscc(cca, 1).child(Rfc4006.VALIDITY_TIME).orElseThrow().asUnsigned32()).isEqualTo(600);
            assertThat(mscc(cca, 1).child(Rfc4006.FINAL_UNIT_INDICATION)).isEmpty();
            JsonNode containers = account(ocs).get("containers");
            assertThat(containers.get(0).get("reserved").asLong()).isEqualTo(4_000_000L);
            assertThat(containers.get(1).get("reserved").asLong()).as("6 MB at 1 cent per MB").isEqualTo(6);

            cca = call(gw, ccr(GW, s, U, 1, SUBSCRIBER, octets(1, 10_000_000, true)));
            assertThat(resultCode(cca)).isEqualTo(2001);
            Avp last = mscc(cca, 1);
            assertThat(grantedOctets(last)).as("what is left, as final units").isEqualTo(2_000_000L);
            assertThat(last.child(Rfc4006.FINAL_UNIT_INDICATION).orElseThrow().child(Rfc4006.FINAL_UNIT_ACTION)
                    .orElseThrow().asInt()).isEqualTo(Rfc4006.FinalUnitAction.TERMINATE);
            DiameterMessage snr = pcrf.awaitReceived(OcsSyEndToEndTest::isSnr, Duration.ofSeconds(10));
            assertThat(statuses(snr)).as("the data container is empty").containsExactly(Map.entry("data-volume", "exhausted"));
            containers = account(ocs).get("containers");
            assertThat(containers.get(0).get("balance").asLong()).isZero();
            assertThat(containers.get(1).get("balance").asLong()).isEqualTo(2);

            cca = call(gw, ccr(GW, s, U, 2, SUBSCRIBER, octets(1, 2_000_000, true)));
            assertThat(resultCode(cca)).isEqualTo(4012);
            assertThat(mscc(cca, 1).child(Rfc6733.RESULT_CODE).orElseThrow().asUnsigned32()).isEqualTo(4012);
            snr = pcrf.awaitReceived(OcsSyEndToEndTest::isSnr, Duration.ofSeconds(10));
            assertThat(statuses(snr)).containsExactly(Map.entry("wallet-level", "empty"));

            assertThat(resultCode(call(gw, ccr(GW, s, T, 3, SUBSCRIBER)))).isEqualTo(2001);
            assertThat(ocs.get("/gy-sessions").body()).isEqualTo("[]");
            assertThat(account(ocs).get("containers").findValues("reserved")).allMatch(r -> r.asLong() == 0);
        }
    }

    @Test
    void terminationChargesTheLastUsageAndReleasesTheRest(@TempDir Path dir) throws Exception {
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer gw = ocs.connect(GW, ApplicationIds.CREDIT_CONTROL)) {
            assertThat(resultCode(call(gw, ccr(GW, "pgw;gy;2", I, 0, SUBSCRIBER, octets(7, -1, true))))).isEqualTo(2001);
            assertThat(resultCode(call(gw, ccr(GW, "pgw;gy;2", T, 1, SUBSCRIBER, octets(7, 5_000_000, false)))))
                    .isEqualTo(2001);
            JsonNode containers = account(ocs).get("containers");
            assertThat(containers.get(0).get("balance").asLong()).isZero();
            assertThat(containers.get(1).get("balance").asLong()).as("1 MB at 1 cent").isEqualTo(7);
            assertThat(containers.findValues("reserved")).allMatch(r -> r.asLong() == 0);
        }
    }

    @Test
    void unknownSubscribersAndSessionsAreRefused(@TempDir Path dir) {
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer gw = ocs.connect(GW, ApplicationIds.CREDIT_CONTROL)) {
            assertThat(resultCode(call(gw, ccr(GW, "pgw;gy;3", I, 0, "999999999999999", octets(1, -1, true)))))
                    .isEqualTo(5030);
            assertThat(resultCode(call(gw, ccr(GW, "pgw;gy;4", U, 1, SUBSCRIBER, octets(1, 10, true))))).isEqualTo(5002);
            DiameterMessage noId = call(gw, ccr(GW, "pgw;gy;5", I, 0, null, octets(1, -1, true)));
            assertThat(resultCode(noId)).isEqualTo(5005);
            assertThat(noId.avp(Rfc6733.FAILED_AVP).orElseThrow().children(Rfc4006.SUBSCRIPTION_ID)).hasSize(1);
            assertThat(ocs.get("/gy-sessions").body()).isEqualTo("[]");
        }
    }

    private static JsonNode account(OcsUnderTest ocs) throws Exception {
        return JSON.readTree(ocs.get("/accounts/" + SUBSCRIBER).body());
    }
}
