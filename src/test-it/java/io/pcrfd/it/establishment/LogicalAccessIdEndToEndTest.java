package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.bpcf.BpcfSessionView;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bpcf.lines[].logicalAccessId}: a UE whose local IP is mapped to the BPCF at the PCRF but
 * lies on none of the BPCF's line prefixes is still admitted, on the line whose Logical-Access-ID
 * (ETSI ES 283 034 §7.3.3) the gateway reported in its Gx CCR-I (TS 29.212 §5.6.2) and the PCRF
 * copied into the trigger (M clear, through the TER's * [ AVP ]).
 */
@Timeout(60)
class LogicalAccessIdEndToEndTest {
    private static final String GX = RunningPcrfFixture.PCEF + ";1;200";
    private static final String UE_IP = "198.51.100.200"; // the PCRF maps /24; the BPCF's line-1 is /25

    @Test
    void theTriggerCarriesTheGxLogicalAccessIdAndTheBpcfFindsTheLineByIt() throws Exception {
        try (RunningPcrfFixture f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false))) {
            DiameterMessage ccrI = f.ccr(GX, "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                            .add("Subscription-Id-Data", "001010000000200"))
                    .add("IP-CAN-Type", "Non-3GPP-EPS").add("RAT-Type", "WLAN")
                    .add("UE-Local-IP-Address", java.net.InetAddress.getByName(UE_IP))
                    .add("Logical-Access-ID", RunningPcrfFixture.DSLAM_ACCESS_ID)
                    .add("Called-Station-Id", "internet").build();
            assertThat(resultCode(exchange(f, ccrI))).isEqualTo(2001);

            WireEvent ter = seen(f, "TER", e -> toBpcf(e) && e.isRequest() && e.command() == S9aWire.TER);
            Avp lai = ter.message().avp(302, 13019).orElseThrow();
            assertThat(new String(lai.data(), StandardCharsets.UTF_8)).isEqualTo(RunningPcrfFixture.DSLAM_ACCESS_ID);
            assertThat(lai.isMandatory()).isFalse();
            assertThat(seen(f, "TEA", e -> !toBpcf(e) && !e.isRequest() && e.command() == S9aWire.TER).resultCode())
                    .isEqualTo(2001);
            seen(f, "BPCF CCR-I", e -> !toBpcf(e) && e.isRequest() && cc(e, 1));
            assertThat(seen(f, "CCA-I", e -> toBpcf(e) && !e.isRequest() && cc(e, 1)).resultCode()).isEqualTo(2001);
            Await.await("the BPCF's session up", S9aWire.WAIT, () -> f.bpcf.bpcf().sessions().forLocalIp(UE_IP)
                    .map(BpcfSessionView::up).orElse(false));
            BpcfSessionView s = f.bpcf.bpcf().sessions().forLocalIp(UE_IP).orElseThrow();
            assertThat(s.lineId()).isEqualTo(RunningPcrfFixture.DSLAM_LINE);
            assertThat(s.admitted()).containsExactly("video");
            assertThat(f.bpcf.bpcf().lines().usage(RunningPcrfFixture.DSLAM_LINE).rules()).isEqualTo(1);
        }
    }
}
