package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.config.LadderConfig;
import io.pcrfd.pcrf.console.SessionLadders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's JSON over the real PCRF: Gx over TCP from a {@link TestPeer}, the session found
 * by IMSI and UE IP, and its ladder holding exactly what went over the wire (commands, R flag,
 * hop-by-hop ids, result codes) in both directions (the PCEF's CCRs, our RAR); off by default,
 * sampled, and bounded.
 */
@Timeout(60)
class ConsoleEndToEndTest {
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private final GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 7);

    @Test
    void theLadderHoldsEachMessageOfTheSessionBothWaysWithItsHopByHopAndResult() {
        String id = "pgw1;1;console";
        try (PcrfUnderTest pcrf = PcrfUnderTest.startWith(dir, NOON, "console: {ladder: {enabled: true}}\n");
             TestPeer pgw = pcrf.connect(pcef.host())) {
            DiameterMessage ccaI = call(pgw, pcef.initial(id, GxPcef.GOLD_IMSI, "10.20.1.1"));
            assertThat(resultCode(ccaI)).isEqualTo(2001);
            DiameterMessage ccaU = call(pgw, pcef.update(id, 1));
            assertThat(resultCode(ccaU)).isEqualTo(2001);
            assertThat(pcrf.post("/sessions/" + segment(id) + "/reauthorize").statusCode()).isEqualTo(202);
            DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), WAIT);
            Await.await("the RAA recorded", WAIT, () -> messages(pcrf, id).size() == 6);

            List<JsonNode> ladder = messages(pcrf, id);
            assertThat(ladder).extracting(m -> m.get("direction").asText() + " " + m.get("command").asText() + " "
                    + m.get("application").asText() + " " + (m.get("request").asBoolean() ? "R" : "-") + " "
                    + m.get("resultCode").asText())
                    .containsExactly("in CCR-I Gx R null", "out CCA-I Gx - 2001", "in CCR-U Gx R null",
                            "out CCA-U Gx - 2001", "out RAR Gx R null", "in RAA Gx - 2001");
            assertThat(ladder).extracting(m -> m.get("peer").asText()).containsOnly(pcef.host());
            assertThat(ladder).extracting(m -> m.get("hopByHop").asText()).containsExactly(
                    hex(ccaI), hex(ccaI), hex(ccaU), hex(ccaU), hex(rar), hex(rar));
            assertThat(ladder.get(0).get("time").asText()).isEqualTo("2026-11-18T12:00:00Z");
            assertThat(ladder.get(5).get("offsetMs").asDouble()).isPositive();
        }
    }

    @Test
    void theSessionIsFoundByImsiUeIpAndSessionIdWithItsRulesQosAndLinks() throws IOException {
        String id = "pgw1;1;found";
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, NOON); TestPeer pgw = pcrf.connect(pcef.host())) {
            assertThat(resultCode(call(pgw, pcef.initial(id, GxPcef.GOLD_IMSI, "10.20.1.2")))).isEqualTo(2001);

            for (String query : List.of("imsi=" + GxPcef.GOLD_IMSI, "ueIp=10.20.1.2", "sessionId=" + segment(id))) {
                HttpResponse<String> r = pcrf.get("/sessions?" + query);
                assertThat(r.statusCode()).as(query).isEqualTo(200);
                JsonNode sessions = JSON.readTree(r.body()).get("sessions");
                assertThat(sessions).as(query).hasSize(1);
                JsonNode s = sessions.get(0);
                assertThat(s.get("sessionId").asText()).isEqualTo(id);
                assertThat(s.get("pccRules")).extracting(JsonNode::asText).contains("internet", "video");
                assertThat(s.get("qos").get("qci").asInt()).isEqualTo(8);
                assertThat(s.get("linkedSessions").isArray()).isTrue();
                assertThat(s.at("/policyState/lastRequestNumber").asLong()).as("the Gx state as JSON").isZero();
                assertThat(s.at("/policyState/installed/rules").isObject()).isTrue();
                assertThat(s.at("/policyState/installed/eventTriggers").isArray()).isTrue();
            }
            assertThat(JSON.readTree(pcrf.get("/sessions?imsi=001019999999999").body()).get("sessions")).isEmpty();
            assertThat(pcrf.get("/sessions?imsi=abc").statusCode()).isEqualTo(400);
            HttpResponse<String> off = pcrf.get("/sessions/" + segment(id) + "/ladder");
            assertThat(off.statusCode()).as("the ladder is off by default").isEqualTo(409);
            assertThat(JSON.readTree(off.body()).get("error").asText()).isEqualTo("ladder off");
        }
    }

    @Test
    void aSessionNotSampledHasNoLadderAndBeyondMaxSessionsTheOldestIsDropped() throws IOException {
        LadderConfig config = new LadderConfig(true, 2, 32, 2);
        SessionLadders sampling = SessionLadders.of(config, Clock.systemUTC());
        List<String> sampled = new ArrayList<>();
        String notSampled = null;
        for (int i = 0; sampled.size() < 3 || notSampled == null; i++) {
            String id = "pgw1;1;sample" + i;
            if (sampling.sampled(id)) {
                if (sampled.size() < 3) {
                    sampled.add(id);
                }
            } else if (notSampled == null) {
                notSampled = id;
            }
        }
        try (PcrfUnderTest pcrf = PcrfUnderTest.startWith(dir, NOON,
                "console: {ladder: {enabled: true, sampleOneIn: 2, maxSessions: 2}}\n");
             TestPeer pgw = pcrf.connect(pcef.host())) {
            List<String> all = new ArrayList<>(sampled);
            all.add(notSampled);
            IntStream.range(0, all.size()).forEach(i -> assertThat(resultCode(call(pgw,
                    pcef.initial(all.get(i), GxPcef.BASIC_IMSI, "10.20.2." + (i + 1), "apn" + i)))).isEqualTo(2001));
            Await.await("the last sampled CCA recorded", WAIT, () -> messages(pcrf, sampled.get(2)).size() == 2);

            HttpResponse<String> skipped = pcrf.get("/sessions/" + segment(notSampled) + "/ladder");
            assertThat(skipped.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(skipped.body()).get("detail").asText()).endsWith(
                    "(not sampled: console.ladder.sampleOneIn)");
            assertThat(pcrf.get("/sessions/" + segment(sampled.get(0)) + "/ladder").statusCode())
                    .as("the oldest of three sampled sessions, beyond maxSessions 2").isEqualTo(404);
            assertThat(messages(pcrf, sampled.get(1))).hasSize(2);
            JsonNode counters = JSON.readTree(pcrf.get("/metrics/counters").body());
            assertThat(counters.get("console.ladder.sessions").asLong()).isEqualTo(2);
            assertThat(counters.get("console.ladder.dropped").asLong()).isEqualTo(1);
        }
    }

    private static List<JsonNode> messages(PcrfUnderTest pcrf, String sessionId) {
        HttpResponse<String> r = pcrf.get("/sessions/" + segment(sessionId) + "/ladder");
        if (r.statusCode() == 404) {
            return List.of();
        }
        assertThat(r.statusCode()).isEqualTo(200);
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(r.body()).get("messages").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(DiameterMessage m) {
        return String.format("0x%08x", Integer.toUnsignedLong(m.hopByHop().value()));
    }
}
