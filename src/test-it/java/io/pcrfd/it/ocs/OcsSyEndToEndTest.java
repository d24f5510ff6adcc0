package io.pcrfd.it.ocs;

import static io.pcrfd.it.ocs.OcsUnderTest.SUBSCRIBER;
import static io.pcrfd.it.ocs.OcsUnderTest.call;
import static io.pcrfd.it.ocs.OcsWire.experimentalResult;
import static io.pcrfd.it.ocs.OcsWire.pending;
import static io.pcrfd.it.ocs.OcsWire.resultCode;
import static io.pcrfd.it.ocs.OcsWire.slr;
import static io.pcrfd.it.ocs.OcsWire.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
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
 * The OCS's Sy over TCP, as a PCRF's Sy client sees it (TS 29.219 §4.5): initial and
 * intermediate SLR, unknown counters and subscribers, SNR when the operator sets a status (now
 * or pending with its change time, on a stepped clock), STR, and a restart's Origin-State-Id.
 */
@Timeout(60)
class OcsSyEndToEndTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");
    private static final int INITIAL = Ts29219.SlRequestType.INITIAL_REQUEST;
    private static final int INTERMEDIATE = Ts29219.SlRequestType.INTERMEDIATE_REQUEST;
    private static final String PCRF = "pcrf.e2e.example";
    private static final Duration SNR_WAIT = Duration.ofSeconds(10);

    @Test
    void subscriptionsStatusesAndNotifications(@TempDir Path dir) {
        MutableClock clock = new MutableClock(T0);
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, clock); TestPeer pcrf = ocs.connect(PCRF, ApplicationIds.SY)) {
            DiameterMessage sla = call(pcrf, slr(PCRF, "pcrf;sy;1", INITIAL, SUBSCRIBER, "data-volume"));
            assertThat(resultCode(sla)).isEqualTo(2001);
            assertThat(statuses(sla)).containsExactly(Map.entry("data-volume", "normal"));
            assertThat(sla.avp(Rfc6733.AUTH_APPLICATION_ID).orElseThrow().asUnsigned32()).isEqualTo(ApplicationIds.SY);

            sla = call(pcrf, slr(PCRF, "pcrf;sy;1", INTERMEDIATE, null, "data-volume", "wallet-level"));
            assertThat(statuses(sla)).containsExactly(Map.entry("data-volume", "normal"), Map.entry("wallet-level", "funded"));

            assertThat(ocs.post("/accounts/" + SUBSCRIBER + "/counters/wallet-level/status?status=blocked").statusCode())
                    .isEqualTo(200);
            DiameterMessage snr = pcrf.awaitReceived(OcsSyEndToEndTest::isSnr, SNR_WAIT);
            assertThat(snr.sessionId()).contains("pcrf;sy;1");
            assertThat(statuses(snr)).as("only the changed counter").containsExactly(Map.entry("wallet-level", "blocked"));
            assertThat(snr.avp(Rfc6733.DESTINATION_HOST).orElseThrow().asUtf8String()).isEqualTo(PCRF);

            Instant change = T0.plusSeconds(60);
            assertThat(ocs.post("/accounts/" + SUBSCRIBER + "/counters/wallet-level/status?status=suspended&at=" + change)
                    .statusCode()).isEqualTo(200);
            snr = pcrf.awaitReceived(OcsSyEndToEndTest::isSnr, SNR_WAIT);
            assertThat(statuses(snr)).containsExactly(Map.entry("wallet-level", "blocked"));
            assertThat(pending(snr, "wallet-level")).containsExactly(Map.entry("suspended", change));

            clock.advance(Duration.ofSeconds(61));
            sla = call(pcrf, slr(PCRF, "pcrf;sy;1", INTERMEDIATE, null, "wallet-level"));
            assertThat(statuses(sla)).containsExactly(Map.entry("wallet-level", "suspended"));
            assertThat(pending(sla, "wallet-level")).isEmpty();

            assertThat(resultCode(call(pcrf, OcsWire.str(PCRF, "pcrf;sy;1")))).isEqualTo(2001);
            assertThat(ocs.get("/sy-sessions").body()).isEqualTo("[]");
            assertThat(resultCode(call(pcrf, slr(PCRF, "pcrf;sy;1", INTERMEDIATE, null)))).isEqualTo(5002);
            assertThat(resultCode(call(pcrf, OcsWire.str(PCRF, "pcrf;sy;1")))).isEqualTo(5002);
        }
    }

    @Test
    void unknownCountersAndSubscribersAreRefused(@TempDir Path dir) {
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer pcrf = ocs.connect(PCRF, ApplicationIds.SY)) {
            DiameterMessage sla = call(pcrf, slr(PCRF, "pcrf;sy;2", INITIAL, SUBSCRIBER, "data-volume", "roaming-volume"));
            assertThat(experimentalResult(sla)).isEqualTo(5570);
            assertThat(sla.avp(Rfc6733.EXPERIMENTAL_RESULT).orElseThrow().child(Rfc6733.VENDOR_ID).orElseThrow()
                    .asUnsigned32()).isEqualTo(10415);
            assertThat(resultCode(sla)).as("Experimental-Result replaces Result-Code").isEqualTo(-1);
            assertThat(sla.avp(Rfc6733.FAILED_AVP).orElseThrow().children(Ts29219.POLICY_COUNTER_IDENTIFIER))
                    .extracting(Avp::asUtf8String).containsExactly("roaming-volume");
            assertThat(ocs.get("/sy-sessions").body()).as("a refused SLR keeps no session").isEqualTo("[]");

            assertThat(resultCode(call(pcrf, slr(PCRF, "pcrf;sy;3", INITIAL, "999999999999999")))).isEqualTo(5030);
            DiameterMessage noId = call(pcrf, slr(PCRF, "pcrf;sy;4", INITIAL, null));
            assertThat(resultCode(noId)).isEqualTo(5005);
            assertThat(noId.avp(Rfc6733.FAILED_AVP)).isPresent();

            DiameterMessage all = call(pcrf, slr(PCRF, "pcrf;sy;5", INITIAL, "46700000001"));
            assertThat(statuses(all)).as("no identifier: every counter").containsOnlyKeys("data-volume", "wallet-level");
        }
    }

    @Test
    void aRestartAnnouncesAHigherOriginStateIdEvenOnTheSameClock(@TempDir Path dir) {
        long first;
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer pcrf = ocs.connect(PCRF, ApplicationIds.SY)) {
            first = OcsWire.originStateId(call(pcrf, slr(PCRF, "pcrf;sy;6", INITIAL, SUBSCRIBER)));
        }
        try (OcsUnderTest ocs = OcsUnderTest.start(dir, new MutableClock(T0));
             TestPeer pcrf = ocs.connect(PCRF, ApplicationIds.SY)) {
            DiameterMessage sla = call(pcrf, slr(PCRF, "pcrf;sy;6", INTERMEDIATE, null));
            assertThat(resultCode(sla)).as("the sessions did not survive").isEqualTo(5002);
            assertThat(OcsWire.originStateId(sla)).isEqualTo(first + 1);
        }
    }

    static boolean isSnr(DiameterMessage m) {
        return m.isRequest() && m.commandCode() == io.pcrfd.diameter.message.CommandCodes.SPENDING_STATUS_NOTIFICATION;
    }
}
