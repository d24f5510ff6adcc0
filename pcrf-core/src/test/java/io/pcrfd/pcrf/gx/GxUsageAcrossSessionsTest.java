package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.await;
import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static io.pcrfd.pcrf.gx.GxHarness.u32;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Usage is counted per subscriber, so a threshold crossed by usage reported on one session
 * reaches the subscriber's other live sessions by RAR, after the reporting session's CCA.
 * The basic plan throttles the APN-AMBR to 256 kbps up / 1 Mbps down from 1 GB on mk1, on
 * every APN.
 */
class GxUsageAcrossSessionsTest {
    private static final long MB = 1_000_000L;
    private static final String INTERNET = "pgw1;40;basic-internet";
    private static final String IMS = "pgw1;41;basic-ims";
    private static final String OTHER = "pgw1;42;other-subscriber";
    private static final String OTHER_IMSI = "001010000000003";
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private void twoApnsAndAnotherSubscriber() {
        assertThat(resultCode(h.call(h.pcef.initial(INTERNET, Pcef.BASIC_IMSI, "10.0.4.1", "internet").build())))
                .isEqualTo(2001);
        assertThat(resultCode(h.call(h.pcef.initial(IMS, Pcef.BASIC_IMSI, "10.0.4.2", "ims").build())))
                .isEqualTo(2001);
        assertThat(resultCode(h.call(h.pcef.initial(OTHER, OTHER_IMSI, "10.0.4.3", "internet").build())))
                .isEqualTo(2001);
    }

    private int decisionsOf(String sessionId) {
        return Collections.frequency(h.decided, sessionId);
    }

    @Test
    void crossingTheThresholdOnOneApnThrottlesTheOtherByOneRar() {
        twoApnsAndAnotherSubscriber();
        h.call(h.pcef.usage(INTERNET, 1, "mk1", 400 * MB, 33));
        await("the first usage push to the ims session", () -> decisionsOf(IMS) == 2);

        DiameterMessage cca = h.call(h.pcef.usage(INTERNET, 2, "mk1", 600 * MB, 33));

        Avp ownQos = cca.avp("QoS-Information").orElseThrow();
        assertThat(u32(ownQos, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(1_000_000);
        assertThat(u32(ownQos, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(256_000);
        // the ims session's decision is applied once its RAA is handled
        await("the RAR to the ims session to be answered", () -> decisionsOf(IMS) == 3);
        assertThat(h.rars).hasSize(1);
        DiameterMessage rar = h.onTheWire(h.rars.get(0));
        assertThat(rar.commandCode()).isEqualTo(258);
        assertThat(rar.sessionId()).contains(IMS);
        assertThat(rar.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Pcef.HOST);
        Avp qos = rar.avp("QoS-Information").orElseThrow();
        assertThat(u32(qos, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(1_000_000);
        assertThat(u32(qos, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(256_000);
        assertThat(join(h.store.sessions().get(IMS)).orElseThrow().qos().apnAmbrDl()).isEqualTo(1_000_000);
        assertThat(decisionsOf(OTHER)).as("another subscriber is not decided again").isEqualTo(1);
        assertThat(decisionsOf(INTERNET)).as("the reporting session: CCA-I and two CCA-U, no push").isEqualTo(3);
    }

    @Test
    void aReportThatCrossesNothingDecidesTheOtherSessionButSendsNoRar() {
        twoApnsAndAnotherSubscriber();

        DiameterMessage cca = h.call(h.pcef.usage(INTERNET, 1, "mk1", 400 * MB, 33));

        assertThat(cca.avp("QoS-Information")).isEmpty();
        await("the usage push to the ims session", () -> decisionsOf(IMS) == 2);
        assertThat(h.rars).isEmpty();
        assertThat(join(h.store.sessions().get(IMS)).orElseThrow().qos().apnAmbrDl()).isEqualTo(50_000_000);
    }

    @Test
    void finalUsageInCcrTThatCrossesTheThresholdThrottlesTheSessionLeft() {
        twoApnsAndAnotherSubscriber();

        assertThat(resultCode(h.call(h.pcef.terminate(INTERNET, 1, "mk1", 1000 * MB)))).isEqualTo(2001);

        await("the RAR to the ims session to be answered", () -> decisionsOf(IMS) == 2);
        assertThat(h.rars).hasSize(1);
        assertThat(h.rars.get(0).sessionId()).contains(IMS);
        assertThat(u32(h.rars.get(0).avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-UL"))
                .isEqualTo(256_000);
    }
}
