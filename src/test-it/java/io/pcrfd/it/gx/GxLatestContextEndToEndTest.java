package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.GxPcef.u32;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PCRF-initiated decision (RAR, TS 29.212 §4.5.2) is taken on the session's latest context:
 * what the last CCR-U reported (IP-CAN-Type, RAT-Type, UE-Local-IP-Address, serving network),
 * not what the CCR-I said. The basic plan of the end-to-end policy raises APN-AMBR on
 * IP-CAN-Type Non-3GPP-EPS, more so in a 22:00-06:00 window.
 */
@Timeout(60)
class GxLatestContextEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "pgw3;1;moved";

    @TempDir
    Path dir;
    private PcrfUnderTest pcrf;
    private TestPeer pgw;
    private final GxPcef pcef = new GxPcef("pgw3.epc.e2e.example", 3);

    @BeforeEach
    void start() {
        pcrf = PcrfUnderTest.start(dir, Instant.parse("2026-11-18T21:59:58Z"));
        pgw = pcrf.connect(pcef.host());
    }

    @AfterEach
    void stop() {
        pgw.close();
        pcrf.close();
    }

    @Test
    void aTimeFlipAfterACcrUIsDecidedOnTheContextTheCcrUReported() {
        DiameterMessage ccaI = call(pgw, pcef.initial(ID, GxPcef.BASIC_IMSI, "10.40.0.1"));
        assertThat(u32(ccaI.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .isEqualTo(50_000_000);

        DiameterMessage ccaU = call(pgw, pcef.movedToWlan(ID, 1, "192.0.2.77"));
        assertThat(resultCode(ccaU)).isEqualTo(2001);
        assertThat(u32(ccaU.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .as("the CCA-U decides on Non-3GPP-EPS").isEqualTo(100_000_000);
        JsonNode stored = session();
        assertThat(stored.findValue("ipCanType").asText()).isEqualTo("Non-3GPP-EPS");
        assertThat(stored.findValue("ratType").asText()).isEqualTo("WLAN");
        assertThat(stored.findValue("ueLocalIp").asText()).isEqualTo("192.0.2.77");
        assertThat(stored.findValue("sgsnMccMnc").asText()).isEqualTo("00102");

        pcrf.clock.set(Instant.parse("2026-11-18T22:00:01Z")); // the 22:00 timer fires about 2 s from now

        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(10));
        assertThat(rar.sessionId()).contains(ID);
        assertThat(u32(rar.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                .as("the night window on Non-3GPP-EPS, not a return to the CCR-I's 3GPP-EPS")
                .isEqualTo(200_000_000);
        assertThat(u32(rar.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-UL"))
                .isEqualTo(30_000_000);
    }

    private JsonNode session() {
        try {
            return JSON.readTree(pcrf.get("/sessions/" + segment(ID)).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
