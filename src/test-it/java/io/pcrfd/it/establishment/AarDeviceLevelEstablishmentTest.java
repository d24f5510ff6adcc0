package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.AAR;
import static io.pcrfd.it.establishment.S9aWire.all;
import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.establishmentId;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.ruleNames;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.sessionId;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.net.InetAddress;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The project's AAR encoding in device-level mode (pcrfd.dia; establishment
 * package-info), from a real Gx CCR-I to the shipped BPCF and back, asserted on the S9a wire:
 * one AAR session per peer that stays open, the second trigger re-using its Session-Id.
 */
@Timeout(60)
class AarDeviceLevelEstablishmentTest {
    private static final String GX_1 = RunningPcrfFixture.PCEF + ";1;71";
    private static final String GX_2 = RunningPcrfFixture.PCEF + ";1;72";

    @Test
    void twoUesBehindOnePeerShareOneStandingAarSessionAndBothBpcfSessionsAreMatched() throws Exception {
        Setup setup = new Setup("aar", "device-level", "5s", 2, Clock.systemUTC(), false);
        try (RunningPcrfFixture f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false), setup)) {
            WireEvent aar1 = trigger(f, GX_1, "001010000000071", "198.51.100.71");
            String s9a1 = matched(f, aar1, GX_1);
            assertThat(aar1.message().avp("Auth-Session-State")).as("device-level keeps state: no NO_STATE_MAINTAINED")
                    .isEmpty();
            assertThat(aar1.message().avp("CC-Request-Type")).isEmpty();
            Await.await("first match counted", S9aWire.WAIT,
                    () -> S9aWire.counter(f, "establishment.matched") == 1);

            WireEvent aar2 = trigger(f, GX_2, "001010000000072", "198.51.100.72");
            assertThat(sessionId(aar2)).as("device-level: the peer's one trigger session is re-used")
                    .isEqualTo(sessionId(aar1));
            assertThat(establishmentId(aar2.message())).isNotEqualTo(establishmentId(aar1.message()));
            String s9a2 = matched(f, aar2, GX_2);
            assertThat(s9a2).isNotEqualTo(s9a1);

            // The standing session is never ended by a match: no STR, no CCR-T, only the two AAR/AAA pairs.
            assertThat(all(f, e -> sessionId(e).equals(sessionId(aar1)))).extracting(WireEvent::command)
                    .containsExactly(AAR, AAR, AAR, AAR);
            assertThat(S9aWire.counter(f, "establishment.triggersSent")).isEqualTo(2);
            assertThat(S9aWire.counter(f, "establishment.matched")).isEqualTo(2);
            assertThat(S9aWire.counter(f, "establishment.unmatchedRequests")).isZero();
        }
    }

    /** A PCEF CCR-I for a UE on WLAN, then the AAR it causes and its AAA 2001. */
    private static WireEvent trigger(RunningPcrfFixture f, String gx, String imsi, String ueIp) throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(gx, imsi, ueIp)))).isEqualTo(2001);
        InetAddress ip = InetAddress.getByName(ueIp);
        WireEvent aar = seen(f, "AAR for " + ueIp, e -> toBpcf(e) && e.isRequest() && e.command() == AAR
                && e.message().avp("UE-Local-IP-Address").map(a -> a.asAddress().equals(ip)).orElse(false));
        DiameterMessage m = aar.message();
        assertThat(aar.application()).isEqualTo(RunningPcrfFixture.S9A);
        assertThat(m.flags().proxiable()).isTrue();
        assertThat(m.avp("Auth-Application-Id").orElseThrow().asUnsigned32()).isEqualTo(RunningPcrfFixture.S9A);
        assertThat(m.avp("Session-Establishment-Request").orElseThrow().enumName()).isEqualTo("DEVICE_LEVEL");
        assertThat(establishmentId(m)).isNotBlank();
        // PCRF-Address (M) is named only by the S9a TER: the BPCF opens its session towards Origin-Host
        assertThat(m.avp("PCRF-Address")).isEmpty();
        assertThat(m.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo(RunningPcrfFixture.PCRF);
        assertThat(m.avp("Called-Station-Id").orElseThrow().asUtf8String()).isEqualTo("internet");
        assertThat(m.avp("Subscription-Id").orElseThrow().child("Subscription-Id-Data").orElseThrow().asUtf8String())
                .isEqualTo(imsi);
        WireEvent aaa = seen(f, "AAA for " + ueIp, e -> !toBpcf(e) && !e.isRequest() && e.command() == AAR
                && e.message().hopByHop().equals(m.hopByHop()));
        assertThat(aaa.resultCode()).isEqualTo(2001);
        assertThat(sessionId(aaa)).isEqualTo(sessionId(aar));
        return aar;
    }

    /** The BPCF's CCR-I echoing the trigger's Establishment-Id, its CCA 2001 with QoS rules, the Gx link. */
    private static String matched(RunningPcrfFixture f, WireEvent trigger, String gx) throws Exception {
        String id = establishmentId(trigger.message());
        WireEvent ccrI = seen(f, "BPCF CCR-I echoing " + id, e -> !toBpcf(e) && e.isRequest() && cc(e, 1)
                && id.equals(establishmentId(e.message())));
        String s9a = sessionId(ccrI);
        WireEvent ccaI = seen(f, "CCA-I on " + s9a, e -> toBpcf(e) && !e.isRequest() && cc(e, 1)
                && sessionId(e).equals(s9a));
        assertThat(ccaI.resultCode()).isEqualTo(2001);
        assertThat(ruleNames(ccaI.message(), "QoS-Rule-Install")).containsExactly("video");
        Await.await("the Gx session " + gx + " linked to " + s9a, S9aWire.WAIT,
                () -> S9aWire.linked(f, gx, s9a));
        return s9a;
    }
}
