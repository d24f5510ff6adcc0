package io.pcrfd.it.rx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.dra.DraNode;
import io.pcrfd.it.DraInFront;
import io.pcrfd.it.Erlang;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of {@link ErlangRxTest} with a pcrfd Policy DRA in front of the PCRF: the test
 * PCEF and Erlang/OTP's AF both dial the DRA alone, and the PCRF has the DRA as its default
 * route ({@code defaultRoute: true}, RFC 6733 §2.7) for the realms of the gateway and the AF.
 * The Gx CCR-I binds the subscriber and its UE address to the PCRF (TS 29.213 §7.3); OTP's AAR,
 * a binding-dependent request, follows the address to that PCRF; the RAR that installs the
 * derived rule, the ASR that the end of the Gx session brings and the AF's STR all cross the
 * DRA, and OTP decodes everything it receives with {@code strict_mbit} without error. Without
 * the default route the RAR found no route and the AAR was answered 5012. Skipped where
 * Erlang/OTP is not installed.
 */
@Timeout(120)
class ErlangRxThroughDraTest {

    @Test
    void otpAfThroughTheDraIsRoutedByTheUeAddressToTheBoundPcrf(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_rx", "otp_rx_client");
        String pcrfYaml = RxPcrf.CONFIG.replace("  listen: [{address: 127.0.0.1, port: 3868}]\n",
                "  listen: [{address: 127.0.0.1, port: 3868}]\n"
                        + "  peers: [{host: dra.rx.example, realm: rx.example, connect: false, defaultRoute: true}]\n");

        try (RxPcrf pcrf = RxPcrf.start(dir, pcrfYaml);
             DraNode dra = DraInFront.start("dra.rx.example", "rx.example", "pcrf.rx.example", pcrf.diameterPort());
             TestPeer pgw = RxPcrf.connect(RxAf.PCEF_HOST, "epc.rx.example", DraInFront.port(dra), ApplicationIds.GX)) {
            ErlangRxTest.runScenario(build, pgw, DraInFront.port(dra), "pgw;otp-dra", "10.70.9.2");
        }
    }
}
