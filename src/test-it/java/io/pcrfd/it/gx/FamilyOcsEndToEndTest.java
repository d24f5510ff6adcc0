package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static io.pcrfd.it.gx.SyEndToEndTest.ambrDl;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.ocs.OcsNode;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import io.pcrfd.pcrf.cli.demo.WireRelay;
import io.pcrfd.pcrf.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PCRF's Sy client against the real OCS role (not a stub) over TCP, TS 29.219 §4.5: a shared
 * quota's owner and two members attach on Gx, the PCRF opens one Sy session for the owner (SLR
 * and SLA), the operator sets the owner's counter through the OCS REST API, the OCS's SNR
 * reaches the PCRF, whose RARs throttle every Gx session on that owner; the last Gx session's end
 * is the STR. A pending status set with its change time applies at that time on a stepped clock.
 * Gy usage that empties the owner's container has the same effect as the operator's status.
 */
@Timeout(60)
class FamilyOcsEndToEndTest {
    private static final Instant T0 = Instant.parse("2026-11-18T12:00:00Z");
    private static final String OWNER = "001019000000100";
    private static final String MEMBER1 = "001019000000101";
    private static final String MEMBER2 = "001019000000102";
    private static final long NORMAL_DL = 50_000_000;
    private static final long CAPPED_DL = 1_000_000;
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String OCS_HOST = "ocs.e2e.example";
    static final String OCS_YAML = """
            role: ocs
            diameter:
              originHost: ocs.e2e.example
              originRealm: ocs.e2e.example
              listen: [{address: 127.0.0.1, port: 3872}]
            rest: {address: 127.0.0.1, port: 8084}
            ocs:
              accounts:
                - subscribers: ["001019000000100"]
                  containers: [{id: family-data, unit: octets, balance: 10MB}]
                  counters:
                    - {id: data-cap, container: family-data, thresholds: [{status: exhausted, atOrBelow: "0"}]}
            """;

    private final GxPcef pcef = new GxPcef("pgw.family.e2e.example", 1);
    private final HttpClient http = HttpClient.newHttpClient();

    /** The PCRF of {@link SyPcrf#CONFIG} with the OCS at {@code ocsPort} as a peer it dials. */
    static String pcrfYaml(int ocsPort) {
        return SyPcrf.CONFIG.replace("  listen: [{address: 127.0.0.1, port: 3868}]\n", """
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers: [{host: ocs.e2e.example, address: 127.0.0.1, port: %d, realm: ocs.e2e.example, connect: true}]
                """.formatted(ocsPort));
    }

    static OcsNode startOcs(Path dir, MutableClock clock) throws IOException {
        return startOcs(dir, clock, OCS_YAML, true);
    }

    static OcsNode startOcs(Path dir, MutableClock clock, String yaml, boolean ephemeralPorts) throws IOException {
        Files.writeString(dir.resolve("ocs.yaml"), yaml);
        return OcsNode.start(ConfigLoader.load(dir.resolve("ocs.yaml"), Map.of()), clock, ephemeralPorts);
    }

    @Test
    void anExhaustedOwnerThrottlesTheOwnerAndBothMembersThroughTheRealOcs(@TempDir Path dir) throws IOException {
        MutableClock clock = new MutableClock(T0);
        OcsNode ocs = startOcs(dir, clock);
        List<WireEvent> sy = new CopyOnWriteArrayList<>();
        try (WireRelay relay = new WireRelay(GxPcef.DICT, ocs.diameterAddresses().get(0).getPort(), "PCRF", "OCS", sy::add);
             SyPcrf pcrf = SyPcrf.start(dir, T0, pcrfYaml(relay.port()));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            awaitOcsPeer(pcrf);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;o", OWNER, "10.71.0.1")))).isEqualTo(NORMAL_DL);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;m1", MEMBER1, "10.71.0.2")))).isEqualTo(NORMAL_DL);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;m2", MEMBER2, "10.71.0.3")))).isEqualTo(NORMAL_DL);
            String sessions = get(ocs, "/sy-sessions");
            assertThat(sessions).as("one Sy session, the owner's, subscribed to data-cap")
                    .contains("\"subscriber\":\"" + OWNER + "\"").contains("\"counters\":[\"data-cap\"]")
                    .contains("\"client\":\"pcrf.sy.e2e.example\"");
            assertThat(sessions.split("\"sessionId\"", -1)).hasSize(2);
            DiameterMessage slr = onWire(sy, "PCRF", 8388635, true);
            assertThat(slr.avp("SL-Request-Type").orElseThrow().asInt()).isZero();
            assertThat(SyOcsStub.subscriber(slr)).isEqualTo(OWNER);
            assertThat(SyOcsStub.counters(slr)).containsExactly("data-cap");
            DiameterMessage sla = onWire(sy, "OCS", 8388635, false);
            assertThat(resultCode(sla)).isEqualTo(2001);
            assertThat(GxPcef.text(SyOcsStub.report(sla, "data-cap").child("Policy-Counter-Status").orElseThrow()))
                    .isEqualTo("normal");
            assertThat(pcrf.counter("sy.slrInitial")).isEqualTo(1);
            assertThat(pcrf.counter("sy.failure.unreachable")).isZero();

            assertThat(post(ocs, "/accounts/" + OWNER + "/counters/data-cap/status?status=exhausted")).isEqualTo(200);
            Map<String, DiameterMessage> rars = awaitRars(pgw, 3);
            assertThat(rars).containsOnlyKeys("gx;o", "gx;m1", "gx;m2");
            rars.values().forEach(rar -> assertThat(ambrDl(rar)).isEqualTo(CAPPED_DL));
            DiameterMessage snr = onWire(sy, "OCS", 8388636, true);
            assertThat(snr.sessionId()).isEqualTo(slr.sessionId());
            assertThat(GxPcef.text(SyOcsStub.report(snr, "data-cap").child("Policy-Counter-Status").orElseThrow()))
                    .isEqualTo("exhausted");
            Await.await("the SNA", WAIT, () -> sy.stream().anyMatch(e -> e.command() == 8388636 && !e.isRequest()));
            assertThat(resultCode(onWire(sy, "PCRF", 8388636, false))).as("SNA").isEqualTo(2001);
            assertThat(pcrf.counter("sy.snrReceived")).isEqualTo(1);
            assertThat(pcrf.counter("sy.snrUnknownSession")).isZero();

            assertThat(resultCode(call(pgw, pcef.terminate("gx;o", 1)))).isEqualTo(2001);
            assertThat(resultCode(call(pgw, pcef.terminate("gx;m1", 1)))).isEqualTo(2001);
            assertThat(get(ocs, "/sy-sessions")).as("a member is still attached").contains(OWNER);
            assertThat(resultCode(call(pgw, pcef.terminate("gx;m2", 1)))).isEqualTo(2001);
            Await.await("the STR ends the OCS's Sy session", WAIT, () -> get(ocs, "/sy-sessions").equals("[]"));
            DiameterMessage str = onWire(sy, "PCRF", 275, true);
            assertThat(str.sessionId()).isEqualTo(slr.sessionId());
            assertThat(str.avp("Termination-Cause").orElseThrow().asInt()).isEqualTo(1);
            Await.await("the STA", WAIT, () -> sy.stream().anyMatch(e -> e.command() == 275 && !e.isRequest()));
            assertThat(resultCode(onWire(sy, "OCS", 275, false))).isEqualTo(2001);
        } finally {
            ocs.shutdown(Duration.ofSeconds(2));
        }
    }

    @Test
    void aPendingStatusSetOnTheOcsAppliesAtItsChangeTime(@TempDir Path dir) throws IOException {
        MutableClock clock = new MutableClock(T0);
        OcsNode ocs = startOcs(dir, clock);
        try (SyPcrf pcrf = SyPcrf.start(dir, T0, pcrfYaml(ocs.diameterAddresses().get(0).getPort()));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            awaitOcsPeer(pcrf);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;p", MEMBER1, "10.71.1.1")))).isEqualTo(NORMAL_DL);
            Instant change = T0.plusSeconds(1); // the PCRF's timer (1 s after the SNR) finds it due
            assertThat(post(ocs, "/accounts/" + OWNER + "/counters/data-cap/status?status=exhausted&at=" + change))
                    .isEqualTo(200);
            Await.await("the SNR with the pending status", WAIT, () -> pcrf.counter("sy.snrReceived") == 1);
            assertThat(pcrf.counter("sy.pendingApplied")).isZero();
            assertThat(Await.within(Duration.ofMillis(300), () -> pgw.received().stream().anyMatch(m -> m.commandCode() == 258)))
                    .as("nothing changes before the change time").isFalse();

            pcrf.clock.set(change.plusMillis(1));
            clock.set(change.plusMillis(1));
            DiameterMessage rar = SyEndToEndTest.awaitRar(pgw, "gx;p");
            assertThat(ambrDl(rar)).isEqualTo(CAPPED_DL);
            assertThat(pcrf.counter("sy.pendingApplied")).isEqualTo(1);
        } finally {
            ocs.shutdown(Duration.ofSeconds(2));
        }
    }

    @Test
    void gyUsageThatEmptiesTheOwnersContainerThrottlesTheQuota(@TempDir Path dir) throws IOException {
        MutableClock clock = new MutableClock(T0);
        OcsNode ocs = startOcs(dir, clock);
        int ocsPort = ocs.diameterAddresses().get(0).getPort();
        try (SyPcrf pcrf = SyPcrf.start(dir, T0, pcrfYaml(ocsPort));
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port());
             TestPeer gy = TestPeer.client(GxPcef.DICT, "pgw-gy.e2e.example", GxPcef.REALM, ocsPort,
                     io.pcrfd.diameter.message.ApplicationIds.CREDIT_CONTROL)) {
            awaitOcsPeer(pcrf);
            assertThat(resultCode(gy.awaitReceived(m -> m.commandCode() == 257, WAIT))).as("the gateway's CEA").isEqualTo(2001);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;go", OWNER, "10.71.2.1")))).isEqualTo(NORMAL_DL);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;gm", MEMBER2, "10.71.2.2")))).isEqualTo(NORMAL_DL);

            DiameterMessage ccaI = call(gy, gyCcr("gy;1", "INITIAL_REQUEST", 0, -1));
            assertThat(resultCode(ccaI)).isEqualTo(2001);
            assertThat(Await.within(Duration.ofMillis(300), () -> pgw.received().stream()
                    .anyMatch(m -> m.commandCode() == 258))).as("a reservation is not usage").isFalse();
            assertThat(resultCode(call(gy, gyCcr("gy;1", "TERMINATION_REQUEST", 1, 10_000_000L)))).isEqualTo(2001);

            Map<String, DiameterMessage> rars = awaitRars(pgw, 2);
            assertThat(rars).containsOnlyKeys("gx;go", "gx;gm");
            rars.values().forEach(rar -> assertThat(ambrDl(rar)).isEqualTo(CAPPED_DL));
            assertThat(get(ocs, "/accounts/" + OWNER)).contains("\"status\":\"exhausted\"");
        } finally {
            ocs.shutdown(Duration.ofSeconds(2));
        }
    }

    @Test
    void aRestartedOcsIsSubscribedToAgainAndItsStatusesApply(@TempDir Path dir) throws IOException {
        int port = freePort();
        String yaml = OCS_YAML.replace("port: 3872", "port: " + port)
                .replace("port: 8084", "port: " + freePort()).replace("ocs:\n", "ocs:\n  stateFile: ocs-state.txt\n");
        MutableClock clock = new MutableClock(T0);
        OcsNode ocs = startOcs(dir, clock, yaml, false);
        String pcrfConfig = pcrfYaml(port).replace("connect: true}", "connect: true, tc: 200ms}");
        try (SyPcrf pcrf = SyPcrf.start(dir, T0, pcrfConfig);
             TestPeer pgw = PcrfUnderTest.connect(pcef.host(), pcrf.port())) {
            awaitOcsPeer(pcrf);
            assertThat(ambrDl(call(pgw, pcef.initial("gx;r", MEMBER1, "10.71.3.1")))).isEqualTo(NORMAL_DL);
            assertThat(post(ocs, "/accounts/" + OWNER + "/counters/data-cap/status?status=exhausted")).isEqualTo(200);
            assertThat(ambrDl(SyEndToEndTest.awaitRar(pgw, "gx;r"))).isEqualTo(CAPPED_DL);

            ocs.shutdown(Duration.ofSeconds(2));
            ocs = startOcs(dir, clock, yaml, false); // higher Origin-State-Id (RFC 6733 §8.16), balances from the config
            OcsNode restarted = ocs;
            Await.await("a new initial SLR to the restarted OCS", Duration.ofSeconds(10),
                    () -> get(restarted, "/sy-sessions").contains(OWNER));
            DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest()
                    && ambrDl(m) == NORMAL_DL, WAIT);
            assertThat(rar.sessionId()).hasValue("gx;r");
            assertThat(pcrf.counter("sy.resubscribedAfterOcsRestart")).isEqualTo(1);
            assertThat(pcrf.counter("sy.slrInitial")).isEqualTo(2);
        } finally {
            ocs.shutdown(Duration.ofSeconds(2));
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A Gy CCR (RFC 4006 §3.1) for the owner, rating group 1, reporting {@code used} octets (negative: asking). */
    private static DiameterMessage gyCcr(String session, String type, int number, long used) {
        io.pcrfd.diameter.message.MessageBuilder b = io.pcrfd.diameter.message.MessageBuilder.request(GxPcef.DICT,
                        io.pcrfd.diameter.message.ApplicationIds.CREDIT_CONTROL, "CCR")
                .add("Session-Id", session).originHost("pgw-gy.e2e.example").originRealm(GxPcef.REALM)
                .add("Destination-Realm", "ocs.e2e.example").add("Auth-Application-Id", 4L)
                .add("Service-Context-Id", "32251@3gpp.org").add("CC-Request-Type", type)
                .add("CC-Request-Number", (long) number)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", OWNER));
        b.addGrouped("Multiple-Services-Credit-Control", m -> {
            if (used < 0) {
                m.addGrouped("Requested-Service-Unit", r -> r.add("CC-Total-Octets", java.math.BigInteger.ZERO));
            } else {
                m.addGrouped("Used-Service-Unit", u -> u.add("CC-Total-Octets", java.math.BigInteger.valueOf(used)));
            }
            m.add("Rating-Group", 1L);
        });
        return b.build();
    }

    /** The first message from {@code from} with that command code and direction on the Sy wire. */
    private static DiameterMessage onWire(List<WireEvent> sy, String from, long command, boolean request) {
        return sy.stream().filter(e -> e.from().equals(from) && e.command() == command && e.isRequest() == request)
                .findFirst().map(WireEvent::message)
                .orElseThrow(() -> new AssertionError("no " + command + (request ? " request" : " answer") + " from "
                        + from + " in " + sy.stream().map(e -> e.from() + ":" + e.command()).toList()));
    }

    private static void awaitOcsPeer(SyPcrf pcrf) {
        Await.await("the PCRF's connection to the OCS", WAIT, () -> pcrf.node.diameter().peer(OCS_HOST)
                .map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name())).orElse(false));
    }

    private static Map<String, DiameterMessage> awaitRars(TestPeer pgw, int count) {
        Map<String, DiameterMessage> rars = new HashMap<>();
        while (rars.size() < count) {
            DiameterMessage rar = pgw.awaitReceived(m -> m.commandCode() == 258 && m.isRequest()
                    && !rars.containsKey(m.sessionId().orElse("")), WAIT);
            rars.put(rar.sessionId().orElseThrow(), rar);
        }
        return rars;
    }

    private String get(OcsNode ocs, String path) {
        return send(ocs, HttpRequest.newBuilder(uri(ocs, path)).build()).body();
    }

    private int post(OcsNode ocs, String path) {
        return send(ocs, HttpRequest.newBuilder(uri(ocs, path)).POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode();
    }

    private static URI uri(OcsNode ocs, String path) {
        return URI.create("http://127.0.0.1:" + ocs.restAddress().getPort() + path);
    }

    private HttpResponse<String> send(OcsNode ocs, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
