package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session context exposure end to end: a PCRF started in this JVM, a PCEF over real TCP Gx,
 * the analytics API over real HTTP. Each store runs the same tests ({@link #storeYaml()}).
 * The exposure section enables the API with removal of closed contexts after a week.
 */
@Timeout(60)
abstract class SessionContextExposureEndToEnd {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "/analytics/v1";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    static final String ENABLED = "exposure: {enabled: true, removeClosedAfter: week}\n";

    @TempDir
    Path dir;
    PcrfUnderTest pcrf;
    TestPeer pgw;
    final GxPcef pcef = new GxPcef("pgw7.epc.e2e.example", 7);
    final List<AutoCloseable> toClose = new ArrayList<>();

    /** The {@code store:} section of the PCRF under test. */
    abstract String storeYaml();

    /** The PCRF's clock at start: Redis expires keys on its own clock, so that store needs about now. */
    abstract Instant start();

    void startPcrf(String sections) {
        pcrf = PcrfUnderTest.startWith(dir, start(), storeYaml(), sections);
        pgw = pcrf.connect(pcef.host());
    }

    @AfterEach
    void stop() throws Exception {
        if (pgw != null) {
            pgw.close();
        }
        if (pcrf != null) {
            pcrf.close();
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void ongoingThenClosedContextsWithEveryTable1Field() {
        startPcrf(ENABLED);
        Instant t0 = pcrf.clock.instant();
        assertThat(resultCode(call(pgw, initialWithIpv6("pgw7;ctx;1", GxPcef.GOLD_IMSI, "10.80.0.1",
                "2001:db8:80:1::/64")))).isEqualTo(2001);
        pcrf.clock.advance(Duration.ofSeconds(30));
        assertThat(resultCode(call(pgw, pcef.movedToWlan("pgw7;ctx;1", 1, "192.0.2.80")))).isEqualTo(2001);
        JsonNode before = json(get("/subscribers/" + GxPcef.GOLD_IMSI + "/subscriber-info"), 200);
        assertThat(before.at("/contexts/0/pra/0/praStatus").asText()).as("as the CCR-I reported").isEqualTo("In");
        assertThat(resultCode(call(pgw, pcef.ccr("pgw7;ctx;1", "UPDATE_REQUEST", 2).add("Event-Trigger", 48)
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Identifier", new byte[] {0x12, 0x34, 0x56})
                        .add("Presence-Reporting-Area-Status", 1L)).build()))).isEqualTo(2001);

        JsonNode info = json(get("/subscribers/" + GxPcef.GOLD_IMSI + "/subscriber-info"), 200);
        assertThat(info.get("state").asText()).isEqualTo("online");
        assertThat(info.get("total").asInt()).isEqualTo(1);
        JsonNode c = info.get("contexts").get(0);
        assertThat(c.get("state").asText()).isEqualTo("ongoing");
        assertThat(c.get("sessionId").asText()).isEqualTo("pgw7;ctx;1");
        assertThat(c.at("/trafficId/idType").asText()).isEqualTo("IMSI");
        assertThat(c.at("/trafficId/idValue").asText()).isEqualTo(GxPcef.GOLD_IMSI);
        assertThat(c.get("apn").asText()).isEqualTo("internet");
        assertThat(c.get("ipv4Addr").asText()).isEqualTo("10.80.0.1");
        assertThat(c.get("ipv6Prefix").asText()).isEqualTo("2001:db8:80:1:0:0:0:0/64");
        assertThat(c.get("startTime").asText()).isEqualTo(DATE.format(t0)).matches("\\d{2}-\\d{2}-\\d{4}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(c.get("updateTime").asText()).isEqualTo(DATE.format(t0.plusSeconds(30)));
        assertThat(c.get("mcc").asText()).isEqualTo("001");
        assertThat(c.get("mnc").asText()).as("the CCR-U's serving network").isEqualTo("02");
        assertThat(c.get("ratType").asText()).isEqualTo("WLAN");
        int hour = t0.atZone(ZoneOffset.UTC).getHour();
        List<String> rules = hour >= 22 || hour < 6 ? List.of("internet", "gold-services") // the night removes video
                : List.of("internet", "gold-services", "video");
        assertThat(texts(c.at("/pccRules/pccRuleIds"))).as("rule, base and dynamic rule names")
                .containsExactlyInAnyOrderElementsOf(rules);
        assertThat(c.at("/pccRules/time").asText()).isEqualTo(DATE.format(t0));
        assertThat(c.at("/qos/qci").asInt()).isEqualTo(8);
        assertThat(c.at("/qos/apnAmbrDl").asLong()).as("kbit/s").isEqualTo(300_000);
        assertThat(c.at("/qos/apnAmbrUl").asLong()).as("kbit/s").isEqualTo(50_000);
        assertThat(c.at("/qos/arpPrio").asInt()).isEqualTo(5);
        assertThat(c.at("/qos/arpPci").asBoolean()).as("capability enabled: false").isFalse();
        assertThat(c.at("/qos/arpPvi").asBoolean()).as("vulnerability disabled: true").isTrue();
        assertThat(c.at("/qos/bearerId").asText()).isEqualTo("0x05");
        assertThat(c.get("pra").get(0).get("praId").asLong()).isEqualTo(0x123456);
        assertThat(c.get("pra").get(0).get("praStatus").asText()).as("after the CCR-U's report").isEqualTo("Out");
        assertThat(c.get("pcef").asText()).isEqualTo(pcef.host());

        pcrf.clock.advance(Duration.ofSeconds(30));
        assertThat(resultCode(call(pgw, pcef.terminate("pgw7;ctx;1", 3)))).isEqualTo(2001);
        JsonNode closed = json(get("/subscribers/imsi-" + GxPcef.GOLD_IMSI + "/subscriber-info"), 200);
        assertThat(closed.get("state").asText()).isEqualTo("offline");
        assertThat(closed.at("/contexts/0/state").asText()).isEqualTo("closed");
        assertThat(closed.at("/contexts/0/updateTime").asText()).isEqualTo(DATE.format(t0.plusSeconds(60)));
        assertThat(closed.at("/contexts/0/qos/apnAmbrDl").asLong()).isEqualTo(300_000);
        assertThat(json(get("/sessions/10.80.0.1/imsi-list"), 200).get("imsiList")).as("ended: no IMSI").isEmpty();
    }

    @Test
    void subscriberStateAsksThePcefForAUsageReportAndShowsTheReportedUsage() throws Exception {
        startPcrf(ENABLED);
        String id = "pgw7;usage;1";
        assertThat(resultCode(call(pgw, pcef.initial(id, GxPcef.BASIC_IMSI, "10.80.0.2")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.usage(id, 1, "mk1", 1_000)))).isEqualTo(2001);
        pgw.onRequest(rar -> pgw.answer(rar, 2001));
        pcrf.clock.advance(Duration.ofSeconds(40));

        CompletableFuture<HttpResponse<String>> state = CompletableFuture.supplyAsync(
                () -> get("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-state?wait=5000"));
        DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest(), Duration.ofSeconds(10));
        Avp umi = rar.avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(GxPcef.text(umi.child("Monitoring-Key").orElseThrow())).isEqualTo("mk1");
        assertThat(umi.child("Usage-Monitoring-Report").orElseThrow().asInt()).as("USAGE_MONITORING_REPORT_REQUIRED")
                .isZero();
        assertThat(rar.sessionId()).contains(id);
        assertThat(resultCode(call(pgw, pcef.usage(id, 2, "mk1", 250_000)))).as("the report, in a CCR-U").isEqualTo(2001);

        JsonNode body = json(state.get(), 200);
        assertThat(body.get("state").asText()).isEqualTo("online");
        assertThat(body.at("/sessions/0/sessionId").asText()).isEqualTo(id);
        assertThat(body.at("/sessions/0/usageReport").asText()).isEqualTo("REPORTED");
        assertThat(body.at("/contexts/0/usage/0/monitoringKey").asText()).isEqualTo("mk1");
        assertThat(body.at("/contexts/0/usage/0/usedOctets").asLong()).isEqualTo(251_000);
        assertThat(body.at("/contexts/0/updateTime").asText()).isEqualTo(DATE.format(pcrf.clock.instant()));
        assertThat(json(get("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-info"), 200)
                .at("/contexts/0/usage/0/usedOctets").asLong()).isEqualTo(251_000);
    }

    @Test
    void subscriberStateOfASessionWithoutUsageMonitoringMovesOnlyItsUpdateTime() {
        startPcrf(ENABLED);
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;gold;2", GxPcef.GOLD_IMSI, "10.80.0.3")))).isEqualTo(2001);
        Instant t0 = pcrf.clock.instant();
        pcrf.clock.advance(Duration.ofMinutes(2));

        JsonNode body = json(get("/subscribers/" + GxPcef.GOLD_IMSI + "/subscriber-state"), 200);

        assertThat(body.get("state").asText()).isEqualTo("online");
        assertThat(body.at("/sessions/0/usageReport").asText()).isEqualTo("NOT_MONITORED");
        assertThat(body.at("/contexts/0/updateTime").asText()).isEqualTo(DATE.format(t0.plus(Duration.ofMinutes(2))));
        assertThat(pgw.received()).noneMatch(m -> m.commandCode() == 258);
        assertThat(json(pcrf.get("/sessions/" + PcrfUnderTest.segment("pgw7;gold;2")), 200).get("updatedAt").asText())
                .as("the session's own activity is not moved").isEqualTo(t0.toString());
    }

    @Test
    void imsiListByIpv4AndIpv6PrefixWithApnAndPcefFiltersAndPaging() {
        startPcrf(ENABLED);
        assertThat(resultCode(call(pgw, initialWithIpv6("pgw7;ip;1", "001019000000011", "10.80.1.1",
                "2001:db8:81:1::/64")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;ip;2", "001019000000012", "10.80.1.1", "ims"))))
                .as("the same private address on another APN").isEqualTo(2001);

        assertThat(texts(json(get("/sessions/10.80.1.1/imsi-list"), 200).get("imsiList")))
                .containsExactly("001019000000011", "001019000000012");
        assertThat(texts(json(get("/sessions/10.80.1.1/imsi-list?apn=IMS&pcef="), 200).get("imsiList")))
                .containsExactly("001019000000012");
        assertThat(texts(json(get("/sessions/10.80.1.1/imsi-list?apn=internet&PCEF=" + pcef.host()), 200)
                .get("imsiList"))).containsExactly("001019000000011");
        assertThat(texts(json(get("/sessions/10.80.1.1/imsi-list?pcef=other.example"), 200).get("imsiList"))).isEmpty();
        JsonNode page = json(get("/sessions/10.80.1.1/imsi-list?limit=1&offset=1"), 200);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(texts(page.get("imsiList"))).containsExactly("001019000000012");
        for (String v6 : List.of("2001:db8:81:1::%2F64", "2001:db8:81:1::99", "2001:DB8:81:1")) {
            assertThat(texts(json(get("/sessions/" + v6 + "/imsi-list"), 200).get("imsiList"))).as(v6)
                    .containsExactly("001019000000011");
        }
        assertThat(json(get("/sessions/10.80.9.9/imsi-list"), 200).get("imsiList")).isEmpty();
    }

    @Test
    void everyErrorOfTheErrorTableWithAJsonBody() {
        startPcrf(ENABLED);
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;err;1", GxPcef.BASIC_IMSI, "10.80.2.1")))).isEqualTo(2001);

        error(get("/sessions/10.80.2/imsi-list"), 400, "bad IP format");
        error(get("/sessions/not-an-address/imsi-list"), 400, "bad IP format");
        error(get("/sessions/2001:db8::/129/imsi-list".replace("/129", "%2F129")), 400, "bad IP format");
        error(get("/sessions/10.80.2.1/imsi-lists"), 400, "bad URI");
        error(get("/sessions/10.80.2.1"), 400, "bad URI");
        error(get("/sessions/10.80.2.1/imsi-list?color=red"), 400, "bad URI");
        error(get("/sessions/10.80.2.1/imsi-list?limit=0"), 400, "bad URI");
        error(get("/subscribers/00101x/subscriber-info"), 400, "bad subscriber id");
        error(get("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-state?wait=soon"), 400, "bad URI");
        error(get("/subscribers/001019999999999/subscriber-info"), 404, "unknown subscriber");
        error(get("/subscribers/001019999999999/subscriber-state"), 404, "unknown subscriber");
        for (String method : List.of("PUT", "DELETE")) {
            for (String path : List.of("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-info",
                    "/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-state", "/sessions/10.80.2.1/imsi-list")) {
                HttpResponse<String> r = pcrf.send(method, BASE + path);
                error(r, 405, "method not allowed");
                assertThat(r.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET");
            }
        }
        // the session's trafficId is its IMSI: its MSISDN names no context
        error(get("/subscribers/msisdn-15550001234/subscriber-info"), 404, "unknown subscriber");
    }

    @Test
    void whileDisabledTheImsiListIs405AndAKnownSubscriber400() {
        startPcrf("");
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;off;1", GxPcef.BASIC_IMSI, "10.80.3.1")))).isEqualTo(2001);

        HttpResponse<String> list = get("/sessions/10.80.3.1/imsi-list");
        error(list, 405, "not activated");
        assertThat(list.headers().firstValue("Allow")).as("no method is served").hasValue("");
        error(get("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-info"), 400, "cannot query the subscriber");
        error(get("/subscribers/" + GxPcef.GOLD_IMSI + "/subscriber-state"), 400, "cannot query the subscriber");
        error(get("/subscribers/001019999999999/subscriber-info"), 404, "unknown subscriber");
    }

    @Test
    void closedContextsOlderThanAWeekAreRemovedWhenAnotherSessionEndsAndBySweep() {
        startPcrf(ENABLED);
        String imsi = "001019000000021";
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;old;1", imsi, "10.80.4.1")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.terminate("pgw7;old;1", 1)))).isEqualTo(2001);
        pcrf.clock.advance(Duration.ofDays(3));
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;old;2", imsi, "10.80.4.2", "ims")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.terminate("pgw7;old;2", 1)))).isEqualTo(2001);
        assertThat(sessionIds(imsi)).as("each session of the subscriber keeps its closed context")
                .containsExactly("pgw7;old;2", "pgw7;old;1");

        pcrf.clock.advance(Duration.ofDays(5)); // the first is 8 days old, the second 5
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;old;3", imsi, "10.80.4.3")))).isEqualTo(2001);
        assertThat(resultCode(call(pgw, pcef.terminate("pgw7;old;3", 1)))).isEqualTo(2001);
        assertThat(sessionIds(imsi)).as("checked at the third session's end").containsExactly("pgw7;old;3", "pgw7;old;2");

        pcrf.clock.advance(Duration.ofDays(6)); // the second is 11 days old, the third 6
        assertRemovedWithoutASessionEnding(imsi, "pgw7;old;2", "pgw7;old;3");
    }

    /**
     * A test UE opening and closing sessions in a loop: past {@code store.closedPerSubscriber}
     * (default 32) each CCR-T drops its oldest closed context, so the API shows exactly the
     * newest 32, newest first, and the CCR-Ts are all answered 2001.
     */
    @Test
    void oneImsiClosingMoreSessionsThanTheBoundShowsExactlyTheBoundNewestFirst() {
        startPcrf(ENABLED);
        String imsi = "001019000000051";
        int sessions = 40;
        for (int i = 0; i < sessions; i++) {
            String id = "pgw7;loop;" + i;
            assertThat(resultCode(call(pgw, pcef.initial(id, imsi, "10.80.7." + (i + 1))))).isEqualTo(2001);
            pcrf.clock.advance(Duration.ofSeconds(1));
            assertThat(resultCode(call(pgw, pcef.terminate(id, 1)))).as(id).isEqualTo(2001);
        }

        JsonNode info = json(get("/subscribers/" + imsi + "/subscriber-info?limit=1000"), 200);
        assertThat(info.get("total").asInt()).isEqualTo(32);
        List<String> newest = new ArrayList<>();
        for (int i = sessions - 1; i >= sessions - 32; i--) {
            newest.add("pgw7;loop;" + i);
        }
        assertThat(sessionIds(imsi)).containsExactlyElementsOf(newest);
        info.get("contexts").forEach(c -> assertThat(c.get("state").asText()).isEqualTo("closed"));
    }

    @Test
    void aSessionEvictedByANewCcrIForItsUeAddressShowsClosedAtTheEviction() {
        startPcrf(ENABLED);
        String evictedImsi = "001019000000031";
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;evict;1", evictedImsi, "10.80.5.1")))).isEqualTo(2001);
        pcrf.clock.advance(Duration.ofSeconds(20));
        Instant evictedAt = pcrf.clock.instant();

        assertThat(resultCode(call(pgw, pcef.initial("pgw7;evict;2", "001019000000032", "10.80.5.1"))))
                .as("the same UE address and APN").isEqualTo(2001);

        JsonNode info = json(get("/subscribers/" + evictedImsi + "/subscriber-info"), 200);
        assertThat(info.get("state").asText()).isEqualTo("offline");
        assertThat(info.at("/contexts/0/sessionId").asText()).isEqualTo("pgw7;evict;1");
        assertThat(info.at("/contexts/0/state").asText()).isEqualTo("closed");
        assertThat(info.at("/contexts/0/updateTime").asText()).isEqualTo(DATE.format(evictedAt));
        assertThat(json(get("/subscribers/001019000000032/subscriber-info"), 200).at("/contexts/0/state").asText())
                .isEqualTo("ongoing");
        assertThat(texts(json(get("/sessions/10.80.5.1/imsi-list"), 200).get("imsiList")))
                .containsExactly("001019000000032");
        assertThat(resultCode(call(pgw, pcef.update("pgw7;evict;1", 1)))).as("gone on the wire too").isEqualTo(5002);
    }

    @Test
    void theSessionsOfAGatewayThatReconnectsWithAHigherOriginStateIdShowClosed() throws Exception {
        startPcrf(ENABLED);
        String host = "pgw8.epc.e2e.example";
        String imsi = "001019000000041";
        GxPcef restarting = new GxPcef(host, 100);
        try (RawPeer before = RawPeer.connect(pcrf.diameterPort(), host, 100)) {
            assertThat(resultCode(before.call(restarting.initial("pgw8;osi;1", imsi, "10.80.6.1")))).isEqualTo(2001);
        }
        Await.await("pgw8 seen down", Duration.ofSeconds(5), () -> pcrf.node.diameter().peer(host)
                .map(p -> !p.state().isOpen()).orElse(false));
        pcrf.clock.advance(Duration.ofSeconds(20));
        Instant restartedAt = pcrf.clock.instant();
        assertThat(json(get("/subscribers/" + imsi + "/subscriber-info"), 200).at("/contexts/0/state").asText())
                .as("a lost connection alone ends nothing").isEqualTo("ongoing");

        try (RawPeer after = RawPeer.connect(pcrf.diameterPort(), host, 101)) {
            Await.await("the context closed by the new Origin-State-Id in the CER", Duration.ofSeconds(5),
                    () -> "closed".equals(json(get("/subscribers/" + imsi + "/subscriber-info"), 200)
                            .at("/contexts/0/state").asText()));
            JsonNode info = json(get("/subscribers/" + imsi + "/subscriber-info"), 200);
            assertThat(info.get("state").asText()).isEqualTo("offline");
            assertThat(info.at("/contexts/0/sessionId").asText()).isEqualTo("pgw8;osi;1");
            assertThat(info.at("/contexts/0/updateTime").asText()).isEqualTo(DATE.format(restartedAt));
            restarting.restart();
            assertThat(resultCode(after.call(restarting.update("pgw8;osi;1", 1)))).isEqualTo(5002);
        }
    }

    /** After a week without any session ending, {@code old} is gone and {@code kept} is not. */
    void assertRemovedWithoutASessionEnding(String imsi, String old, String kept) {
        assertThat(sessionIds(imsi)).as("the periodic sweep, with no session ending").containsExactly(kept);
    }

    /** A CCR-I with IPv6 prefix, default bearer id 5 and a presence reporting area the PCEF reports in. */
    DiameterMessage initialWithIpv6(String sessionId, String imsi, String ipv4, String prefix) {
        int slash = prefix.indexOf('/');
        byte[] addr = GxPcef.ip(prefix.substring(0, slash)).getAddress();
        byte[] avp = new byte[2 + 8];
        avp[1] = (byte) Integer.parseInt(prefix.substring(slash + 1));
        System.arraycopy(addr, 0, avp, 2, 8);
        return pcef.initialBuilder(sessionId, imsi, ipv4, "internet")
                .add("Framed-IPv6-Prefix", avp)
                .add("Bearer-Identifier", new byte[] {5})
                .addGrouped("Presence-Reporting-Area-Information", g -> g
                        .add("Presence-Reporting-Area-Identifier", new byte[] {0x12, 0x34, 0x56})
                        .add("Presence-Reporting-Area-Status", 0L))
                .build();
    }

    List<String> sessionIds(String imsi) {
        List<String> out = new ArrayList<>();
        json(get("/subscribers/" + imsi + "/subscriber-info"), 200).get("contexts")
                .forEach(c -> out.add(c.get("sessionId").asText()));
        return out;
    }

    HttpResponse<String> get(String path) {
        return pcrf.get(BASE + path);
    }

    static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(HttpResponse<String> r, int status, String error) {
        JsonNode body = json(r, status);
        assertThat(body.get("error").asText()).as(r.uri().toString()).isEqualTo(error);
        assertThat(body.get("detail").asText()).isNotBlank();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
