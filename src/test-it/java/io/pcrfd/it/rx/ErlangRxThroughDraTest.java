package io.pcrfd.it.rx;

import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.dra.DraNode;
import io.pcrfd.it.Await;
import io.pcrfd.it.Erlang;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.node.NodeEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of {@link ErlangRxTest} with a pcrfd Policy DRA in front of the PCRF: the test
 * PCEF and Erlang/OTP's AF both dial the DRA alone, and the PCRF has the DRA as its default
 * route ({@code defaultRoute: true}) for the realms of the gateway and the AF. The Gx CCR-I binds the subscriber and its UE
 * address to the PCRF (TS 29.213 §7.3); OTP's AAR, a binding-dependent request, follows the
 * address to that PCRF; the RAR that installs the derived rule, the ASR that the end of the Gx
 * session brings and the AF's STR all cross the DRA, and OTP decodes everything it receives with
 * {@code strict_mbit} without error. Skipped where Erlang/OTP is not installed.
 */
@Timeout(120)
class ErlangRxThroughDraTest {
    private static final String UE = "10.70.9.2";
    private static final String GX_SESSION = "pgw;otp-dra";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void otpAfThroughTheDraIsRoutedByTheUeAddressToTheBoundPcrf(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_rx", "otp_rx_client");

        // the DRA is the PCRF's default route (RFC 6733 §2.7): the gateway's realm (epc.rx.example) and
        // the AF's (ims.example) are served by no peer of the PCRF, so its RAR and ASR go through the DRA
        String pcrfYaml = RxPcrf.CONFIG.replace("  listen: [{address: 127.0.0.1, port: 3868}]\n",
                "  listen: [{address: 127.0.0.1, port: 3868}]\n"
                        + "  peers: [{host: dra.rx.example, realm: rx.example, connect: false, defaultRoute: true}]\n");
        try (RxPcrf pcrf = RxPcrf.start(dir, pcrfYaml); DraNode dra = dra(pcrf)) {
            Await.await("the PCRF open at the DRA", WAIT, () -> dra.diameter().peer("pcrf.rx.example")
                    .map(p -> p.health() == Route.Health.OKAY).orElse(false));
            int draPort = dra.diameterAddresses().get(0).getPort();
            try (TestPeer pgw = RxPcrf.connect(RxAf.PCEF_HOST, "epc.rx.example", draPort, ApplicationIds.GX)) {
                DiameterMessage ccaI = call(pgw, RxAf.ccrI(GX_SESSION, RxAf.GOLD_IMSI, UE, "ims"));
                assertThat(resultCode(ccaI)).isEqualTo(2001);
                assertThat(ccaI.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("pcrf.rx.example");
                AtomicLong ccaT = new AtomicLong(-1);
                List<String> printed = Erlang.client(build, "otp_rx_client", line -> {
                    if (line.startsWith("answer name=aar ")) { // the AF session is up: end the bearer under it
                        ccaT.set(resultCode(call(pgw, RxAf.ccrT(GX_SESSION, 1))));
                    }
                }, Integer.toString(draPort), UE);
                List<String> out = Erlang.events(printed);

                assertThat(out).as("OTP accepted the DRA's CEA; output: %s", printed).first().isEqualTo("up");
                assertThat(out).as("the client ended with DPR/DPA; output: %s", printed).last().isEqualTo("down");
                Map<String, Map<String, String>> answers = Erlang.answers(out);
                assertThat(answers.get("aar")).as("AAA from the bound PCRF, through the DRA")
                        .containsEntry("rc", "[2001]").containsEntry("errors", "[]").containsEntry("app", "16777236");
                DiameterMessage install = pgw.awaitReceived(m -> m.commandCode() == 258
                        && m.avp("Charging-Rule-Install").isPresent(), WAIT);
                assertThat(install.sessionId()).contains(GX_SESSION);
                assertThat(ccaT.get()).as("the PCEF's CCR-T").isEqualTo(2001);
                assertThat(out).as("the ASR OTP received through the DRA and answered 2001")
                        .contains("asr session=otp-af.ims.example;1700000000;call cause=0 errors=[]");
                assertThat(answers.get("str")).as("STA through the DRA")
                        .containsEntry("rc", "[2001]").containsEntry("errors", "[]").containsEntry("app", "none");
            }
        }
    }

    /** A DRA in the PCRF's realm whose one pool is the PCRF, dialled by the DRA. */
    private static DraNode dra(RxPcrf pcrf) {
        return DraNode.start(ConfigLoader.load("""
                role: dra
                diameter:
                  originHost: dra.rx.example
                  originRealm: rx.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers:
                    - {host: pcrf.rx.example, address: 127.0.0.1, port: %d, realm: rx.example, connect: true, tc: 1s}
                rest: {enabled: false}
                dra:
                  routingTables: [{name: t1, routes: [{host: pcrf.rx.example}]}]
                  pools: [{name: default, routingTable: t1}]
                """.formatted(pcrf.diameterPort()), null, Map.of()),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
    }
}
