package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
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
 * Session hygiene end to end (README "Session hygiene"): stale UE-IP holders evicted, only in
 * the new session's APN and IP-Domain-Id (one address in two APNs is two UEs), a restarted
 * gateway's sessions purged (by its CCR's and by its CER's Origin-State-Id), silent
 * sessions audited away on the injected clock, and a time-of-day window opening on that clock.
 */
@Timeout(60)
class GxHygieneEndToEndTest {
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private PcrfUnderTest pcrf;
    private TestPeer pgw;
    private final GxPcef pcef = new GxPcef("pgw2.epc.e2e.example", 40);

    @BeforeEach
    void start() {
        pcrf = PcrfUnderTest.start(dir, NOON);
        pgw = pcrf.connect(pcef.host());
    }

    @AfterEach
    void stop() {
        pgw.close();
        pcrf.close();
    }

    private int status(String sessionId) {
        return pcrf.get("/sessions/" + segment(sessionId)).statusCode();
    }

    private JsonNode json(String path) {
        try {
            return JSON.readTree(pcrf.get(path).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long evicted() {
        return json("/metrics/counters").path("gx.sessionsEvicted").asLong(-1);
    }

    @Test
    void aNewSessionForABoundUeIpEvictsTheStaleOne() {
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;1;old", GxPcef.BASIC_IMSI, "10.30.0.1")))).isEqualTo(2001);

        assertThat(resultCode(call(pgw, pcef.initial("pgw2;1;new", GxPcef.GOLD_IMSI, "10.30.0.1")))).isEqualTo(2001);

        assertThat(status("pgw2;1;old")).isEqualTo(404);
        assertThat(status("pgw2;1;new")).isEqualTo(200);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;1;old", 1)))).isEqualTo(5002);
    }

    @Test
    void oneUeIpInTwoApnsIsTwoSessionsAndANewCcrIEvictsOnlyTheHolderInItsApn() {
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;3;internet", GxPcef.BASIC_IMSI, "10.30.0.9", "internet"))))
                .isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;3;ims", GxPcef.GOLD_IMSI, "10.30.0.9", "ims"))))
                .isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;3;internet", 1)))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;3;ims", 1)))).isEqualTo(2001);
        assertThat(evicted()).isZero();

        GxPcef otherGateway = new GxPcef("pgw4.epc.e2e.example", 50);
        try (TestPeer pgw4 = pcrf.connect(otherGateway.host())) {
            assertThat(resultCode(call(pgw4, otherGateway.initial("pgw4;1;internet", GxPcef.GOLD_IMSI, "10.30.0.9",
                    "internet")))).isEqualTo(2001);
        }

        assertThat(resultCode(call(pgw, pcef.update("pgw2;3;internet", 2)))).isEqualTo(5002);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;3;ims", 2)))).isEqualTo(2001);
        assertThat(status("pgw4;1;internet")).isEqualTo(200);
        assertThat(evicted()).isEqualTo(1);
    }

    @Test
    void theIpDomainIdOfTheCcrIIsKeptAndSeparatesOneAddressWithinAnApn() {
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;4;d1", GxPcef.BASIC_IMSI, "10.30.0.10", "internet",
                "domain-1")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;4;d2", GxPcef.GOLD_IMSI, "10.30.0.10", "internet",
                "domain-2")))).isEqualTo(2001);

        assertThat(json("/sessions/" + segment("pgw2;4;d1")).path("ipDomainId").asText()).isEqualTo("domain-1");
        assertThat(resultCode(call(pgw, pcef.update("pgw2;4;d1", 1)))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;4;d2", 1)))).isEqualTo(2001);
        assertThat(evicted()).isZero();

        assertThat(resultCode(call(pgw, pcef.initial("pgw2;4;d2-again", GxPcef.GOLD_IMSI, "10.30.0.10", "internet",
                "domain-2")))).isEqualTo(2001);
        assertThat(status("pgw2;4;d2")).isEqualTo(404);
        assertThat(status("pgw2;4;d1")).isEqualTo(200);
        assertThat(evicted()).isEqualTo(1);
    }

    @Test
    void aHigherOriginStateIdInACcrPurgesTheGatewaysOlderSessions() {
        call(pgw, pcef.initial("pgw2;1;before-a", GxPcef.BASIC_IMSI, "10.30.0.2"));
        call(pgw, pcef.initial("pgw2;1;before-b", GxPcef.GOLD_IMSI, "10.30.0.3"));

        pcef.restart();
        assertThat(resultCode(call(pgw, pcef.initial("pgw2;2;after", GxPcef.BASIC_IMSI, "10.30.0.4")))).isEqualTo(2001);

        assertThat(status("pgw2;1;before-a")).isEqualTo(404);
        assertThat(status("pgw2;1;before-b")).isEqualTo(404);
        assertThat(status("pgw2;2;after")).isEqualTo(200);
    }

    @Test
    void aGatewayReconnectingWithAHigherOriginStateIdInItsCerIsPurged() throws Exception {
        String host = "pgw3.epc.e2e.example";
        GxPcef third = new GxPcef(host, 100);
        try (RawPeer first = RawPeer.connect(pcrf.diameterPort(), host, 100)) {
            assertThat(resultCode(first.call(third.initial("pgw3;1;a", GxPcef.BASIC_IMSI, "10.30.0.5")))).isEqualTo(2001);
        }
        Await.await("pgw3 seen down", Duration.ofSeconds(5), () -> pcrf.node.diameter().peer(host)
                .map(p -> !p.state().isOpen()).orElse(false));
        try (RawPeer again = RawPeer.connect(pcrf.diameterPort(), host, 101)) {
            Await.await("pgw3's session purged", Duration.ofSeconds(5), () -> status("pgw3;1;a") == 404);
            third.restart();
            assertThat(resultCode(again.call(third.update("pgw3;1;a", 1)))).isEqualTo(5002);
        }
    }

    @Test
    void theInactivityAuditRemovesSessionsWhoseGatewayWentSilent() {
        call(pgw, pcef.initial("pgw2;1;silent", GxPcef.BASIC_IMSI, "10.30.0.6"));
        pcrf.clock.advance(Duration.ofMinutes(9));
        call(pgw, pcef.initial("pgw2;1;recent", GxPcef.GOLD_IMSI, "10.30.0.7"));
        assertThat(status("pgw2;1;silent")).as("9 min of silence is within the 10 min timeout").isEqualTo(200);

        pcrf.clock.advance(Duration.ofMinutes(2));

        Await.await("the audit removed the silent session", Duration.ofSeconds(5),
                () -> status("pgw2;1;silent") == 404);
        assertThat(status("pgw2;1;recent")).isEqualTo(200);
        assertThat(resultCode(call(pgw, pcef.update("pgw2;1;silent", 1)))).isEqualTo(5002);
    }

    @Test
    void aTimeOfDayWindowOpeningOnTheClockPushesARarRemovingTheRule() {
        pcrf.clock.set(Instant.parse("2026-11-18T21:59:58Z"));
        DiameterMessage cca = call(pgw, pcef.initial("pgw2;1;night", GxPcef.GOLD_IMSI, "10.30.0.8"));
        assertThat(cca.avp("Charging-Rule-Install").orElseThrow().child("Charging-Rule-Definition")).isPresent();

        pcrf.clock.set(Instant.parse("2026-11-18T22:00:01Z")); // the timer fires about 2 s from now

        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(10));
        assertThat(rar.sessionId()).contains("pgw2;1;night");
        Avp remove = rar.avp("Charging-Rule-Remove").orElseThrow();
        assertThat(GxPcef.texts(remove.children("Charging-Rule-Name"))).containsExactly("video");
    }
}
