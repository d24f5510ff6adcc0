package io.pcrfd.it.rx;

import static io.pcrfd.it.rx.RxAf.resultCode;
import static io.pcrfd.it.rx.RxPcrf.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session context exposure of an Rx AF's media (README "Session context exposure"): while the
 * AF session's rule is installed, the Gx session's context shows its MBR as the Gx RAR carried
 * it (Max-Requested-Bandwidth-UL/DL, bit/s on the wire, kbit/s in the API); after STR removes
 * the rule, the MBR is gone.
 */
@Timeout(60)
class RxContextExposureTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int RAR = 258;

    @TempDir
    Path dir;

    @Test
    void theAfMediaRuleMbrShowsInTheContextQosUntilStr() throws Exception {
        try (RxPcrf pcrf = RxPcrf.start(dir, RxPcrf.CONFIG + "exposure: {enabled: true}\n");
             TestPeer pgw = pcrf.pcef(); TestPeer af = pcrf.af()) {
            assertThat(resultCode(call(pgw, RxAf.ccrI("pgw;ctx", RxAf.GOLD_IMSI, "10.70.9.1", "ims")))).isEqualTo(2001);
            assertThat(qos(pcrf).has("mbrDl")).as("the default bearer alone has no MBR").isFalse();

            assertThat(resultCode(call(af, RxAf.aar("af;ctx", "10.70.9.1", "ims",
                    RxAf.media(1, "AUDIO", 38_000, 41_000, RxAf.VOICE_FLOWS))))).isEqualTo(2001);
            DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == RAR, WAIT);
            Avp onWire = rar.avp("Charging-Rule-Install").orElseThrow().child("Charging-Rule-Definition").orElseThrow()
                    .child("QoS-Information").orElseThrow();
            long dl = onWire.child("Max-Requested-Bandwidth-DL").orElseThrow().asUnsigned32();
            long ul = onWire.child("Max-Requested-Bandwidth-UL").orElseThrow().asUnsigned32();
            assertThat(dl).isEqualTo(41_000);
            Await.await("the RAA's state stored", WAIT, () -> qos(pcrf).has("mbrDl"));
            JsonNode qos = qos(pcrf);
            assertThat(qos.get("mbrDl").asLong()).as("kbit/s").isEqualTo(dl / 1000);
            assertThat(qos.get("mbrUl").asLong()).as("kbit/s").isEqualTo(ul / 1000);

            assertThat(resultCode(call(af, RxAf.str("af;ctx")))).isEqualTo(2001);
            pgw.awaitReceived(m -> m.commandCode() == RAR && m.avp("Charging-Rule-Remove").isPresent(), WAIT);
            Await.await("the MBR gone with the rule", WAIT, () -> !qos(pcrf).has("mbrDl"));
            assertThat(qos(pcrf).has("mbrUl")).isFalse();
        }
    }

    private static JsonNode qos(RxPcrf pcrf) {
        URI uri = URI.create("http://127.0.0.1:" + pcrf.node.restAddress().getPort()
                + "/analytics/v1/subscribers/" + RxAf.GOLD_IMSI + "/subscriber-info");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode context = new ObjectMapper().readTree(r.body()).at("/contexts/0");
            assertThat(context.get("state").asText()).isEqualTo("ongoing");
            return context.get("qos");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
