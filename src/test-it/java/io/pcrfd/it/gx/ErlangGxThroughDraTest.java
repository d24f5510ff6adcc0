package io.pcrfd.it.gx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.dra.DraNode;
import io.pcrfd.it.Await;
import io.pcrfd.it.DraInFront;
import io.pcrfd.it.Erlang;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of {@link ErlangGxTest}, Erlang/OTP's diameter application as the PCEF, with a
 * pcrfd Policy DRA between it and the PCRF (RFC 6733 §2.8.2 proxy, TS 29.213 §7.3 bindings): OTP
 * dials the DRA alone, passes its capability checks on the DRA's CEA (Gx advertised, no Relay
 * id), and every answer the DRA proxies back, and the RAR the PCRF sends through it, is decoded
 * by OTP with {@code strict_mbit} without error. The DRA keeps a binding per subscriber while
 * its session lives and drops it with the CCR-T. Skipped where Erlang/OTP is not installed.
 */
@Timeout(120)
class ErlangGxThroughDraTest {
    private static final String OTP_PCEF = "otp-pcef.e2e.example"; // otp_gx_client.erl's Origin-Host

    @Test
    void otpDiameterRunsGxSessionsThroughTheDraAndDecodesEveryMessageStrictly(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, "otp_gx", "otp_gx_client");

        // the clock as in ErlangGxTest: the gold session's night-window RAR comes while it lives
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir.resolve("pcrf"), Instant.parse("2026-11-18T21:59:57Z"));
             DraNode dra = DraInFront.start("dra.e2e.example", "e2e.example", "pcrf.e2e.example",
                     pcrf.diameterPort())) {
            HttpClient http = HttpClient.newHttpClient();
            List<Integer> goldBinding = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<String> printed = Erlang.client(build, "otp_gx_client", line -> {
                if (line.startsWith("answer name=gold-i ")) {
                    goldBinding.add(status(http, dra, "/bindings/imsi/001019000000001?apn=internet"));
                    pcrf.clock.set(Instant.parse("2026-11-18T22:00:01Z"));
                }
            }, Integer.toString(DraInFront.port(dra)));

            ErlangGxTest.assertScenario(printed, pcrf);
            assertThat(goldBinding).as("the gold subscriber's binding at the DRA while the session lived")
                    .containsExactly(200);
            for (String imsi : List.of("001019000000001", "001019000000002")) {
                assertThat(status(http, dra, "/bindings/imsi/" + imsi + "?apn=internet"))
                        .as("the binding of %s gone with its CCR-T", imsi).isEqualTo(404);
            }
            Await.await("OTP's DPR handled by the DRA", Duration.ofSeconds(20), () -> dra.diameter()
                    .peer(OTP_PCEF).map(p -> !p.state().isOpen()).orElse(true));
        }
    }

    private static int status(HttpClient http, DraNode dra, String path) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + dra.restAddress().getPort() + path);
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
