package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.DissectedMessage;
import io.pcrfd.diameter.testing.PcapWriter;
import io.pcrfd.diameter.testing.Tshark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a wire fuzzer sent the running PCRF, over TCP, and what it must answer: unnamed
 * enumerated values open sessions that can be ended; a broken Proxy-Info is not echoed into an
 * answer that would not decode; invalid identities are 5004 with the offending AVP in
 * Failed-AVP and leave no session. (Line breaks in wire values and the log: {@code
 * io.pcrfd.it.daemon.DaemonLogInjectionTest}, on the daemon's own standard error.)
 */
@Timeout(60)
class GxBadInputEndToEndTest {
    private static final String HOST = "pgw7.epc.e2e.example";

    @TempDir
    Path dir;
    private PcrfUnderTest pcrf;
    private RawPeer pgw;
    private final GxPcef pcef = new GxPcef(HOST, 1);

    @BeforeEach
    void start() throws Exception {
        pcrf = PcrfUnderTest.start(dir, Instant.parse("2026-11-18T12:00:00Z"));
        pgw = RawPeer.connect(pcrf.diameterPort(), HOST, 1);
    }

    @AfterEach
    void stop() {
        pgw.close();
        pcrf.close();
    }

    private DiameterMessage initial(String sid, String ueIp, int ipCanType, int ratType) {
        return initialBuilder(sid, ueIp, ipCanType, ratType).build();
    }

    private MessageBuilder initialBuilder(String sid, String ueIp, int ipCanType, int ratType) {
        return pcef.ccr(sid, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", GxPcef.BASIC_IMSI))
                .add("Framed-IP-Address", GxPcef.ip(ueIp).getAddress())
                .add("IP-CAN-Type", ipCanType).add("RAT-Type", ratType)
                .add("Called-Station-Id", "internet");
    }

    @Test
    void unnamedEnumeratedValuesOpenSessionsThatCanBeUpdatedAndEnded() throws Exception {
        int[][] values = {{0x40000005, 1004}, {0x3FFFFFFF, 1004}, {-1, 1004}, {5, 0x400003EC}, {5, -5}};
        for (int i = 0; i < values.length; i++) {
            String sid = HOST + ";enum;" + i;
            assertThat(resultCode(pgw.call(initial(sid, "10.60.0." + (i + 1), values[i][0], values[i][1]))))
                    .as("CCR-I %d", i).isEqualTo(2001);
            assertThat(resultCode(pgw.call(pcef.update(sid, 1)))).as("CCR-U %d", i).isEqualTo(2001);
            assertThat(resultCode(pgw.call(pcef.terminate(sid, 2)))).as("CCR-T %d", i).isEqualTo(2001);
            assertThat(pcrf.get("/sessions/" + segment(sid)).statusCode()).isEqualTo(404);
        }
    }

    /** RFC 6733 §6.2 copies Proxy-Info into the answer, but not one whose inner length is broken. */
    @Test
    void anAnswerToABrokenProxyInfoDecodesCleanly() throws Exception {
        String sid = HOST + ";proxy;1";
        // Proxy-Info { Proxy-Host whose AVP Length says 200 octets, inside 16 }
        byte[] inner = {0, 0, 1, 24, 0x40, 0, 0, (byte) 200, 'r', 'e', 'l', 'a', 'y', '9', 0, 0};
        Avp broken = Avp.adopt(284, (byte) Avp.FLAG_MANDATORY, 0, inner, 0, inner.length, null,
                GxPcef.DICT.avp("Proxy-Info").orElseThrow());
        DiameterMessage ccr = initialBuilder(sid, "10.60.1.1", 5, 1004)
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "relay1.example").add("Proxy-State", new byte[] {7}))
                .add(broken)
                .build();

        RawPeer.Exchange x = pgw.exchange(ccr);

        assertThat(resultCode(x.message())).isEqualTo(5014);
        assertThat(x.decoded().errors()).as("our decoder on the answer").isEmpty();
        assertThat(length(x.answer())).isEqualTo(x.answer().length);
        assertThat(x.message().avps("Proxy-Info")).singleElement().satisfies(p -> assertThat(
                p.child("Proxy-Host").orElseThrow().asUtf8String()).isEqualTo("relay1.example"));
        assertThat(x.message().avp("Failed-AVP").orElseThrow().children()).extracting(Avp::name)
                .containsExactly("Proxy-Host");
        assertThat(pcrf.get("/sessions/" + segment(sid)).statusCode()).isEqualTo(404);
        if (Tshark.available()) {
            List<DissectedMessage> seen = Tshark.dissect(dir.resolve("proxy-info.pcap"), List.of(
                    new PcapWriter.Segment(x.request(), true), new PcapWriter.Segment(x.answer(), false)));
            assertThat(seen).hasSize(2);
            assertThat(seen.get(1).request()).isFalse();
            // Wireshark's only remark is on the Failed-AVP's zero-filled Proxy-Host (RFC 6733 §7.5)
            assertThat(seen.get(1).experts()).as("Wireshark on the answer")
                    .allMatch(e -> e.contains("Proxy-Host(280) l=8") && e.endsWith("Data is empty"));
        }
    }

    /** RFC 6733 §4.3.1 (DiameterIdentity), §8.8 (Session-Id), §7.5 (Failed-AVP holds the AVP as received). */
    @Test
    void invalidIdentitiesAre5004WithTheOffendingAvpAndLeaveNoSession() throws Exception {
        String realm = GxPcef.REALM;
        String[][] cases = {
            {HOST + ";id;1", "", realm, "Origin-Host"},
            {HOST + ";id;2", "pgw 7.epc.e2e.example", realm, "Origin-Host"},
            {HOST + ";id;3", "pgw7.epc.e2e.example,pgw8.epc.e2e.example", realm, "Origin-Host"},
            {HOST + ";id;4", "pgw7\u0007.epc.e2e.example", realm, "Origin-Host"},
            {HOST + ";id;5", HOST, "", "Origin-Realm"},
            {HOST + ";id;6", HOST, "epc e2e", "Origin-Realm"},
            {"", HOST, realm, "Session-Id"}};
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            DiameterMessage ccr = identityCcr(c[0], c[1], c[2], "10.60.2." + (i + 1));

            RawPeer.Exchange x = pgw.exchange(ccr);

            assertThat(resultCode(x.message())).as("case %d", i).isEqualTo(5004);
            Avp failed = x.message().avp("Failed-AVP").orElseThrow().children().get(0);
            assertThat(wire(failed)).as("Failed-AVP of case %d", i).isEqualTo(wire(ccr.avp(c[3]).orElseThrow()));
            if (!c[0].isEmpty()) {
                assertThat(x.decoded().errors()).as("our decoder on answer %d", i).isEmpty();
                assertThat(pcrf.get("/sessions/" + segment(c[0])).statusCode()).as("no session %d", i).isEqualTo(404);
            }
        }
        String ok = "pgw_7.epc-lab.e2e.example;id;7";
        assertThat(resultCode(pgw.call(identityCcr(ok, "pgw_7.epc-lab.e2e.example", "epc-lab.e2e.example",
                "10.60.2.9")))).isEqualTo(2001);
        assertThat(pcrf.get("/sessions/" + segment(ok)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCerWithAnInvalidOriginHostIs5004AndTheConnectionIsClosed() throws Exception {
        try (RawPeer bad = RawPeer.open(pcrf.diameterPort(), "pgw8.epc.e2e.example")) {
            DiameterMessage cer = RawPeer.cer("pgw8.epc.e2e.example,pgw9", 1);

            RawPeer.Exchange x = bad.exchange(cer);

            assertThat(resultCode(x.message())).isEqualTo(5004);
            Avp failed = x.message().avp("Failed-AVP").orElseThrow().children().get(0);
            assertThat(wire(failed)).isEqualTo(wire(cer.avp("Origin-Host").orElseThrow()));
            assertThat(bad.closedByPeer()).as("closed after the CEA").isTrue();
        }
    }

    private static DiameterMessage identityCcr(String sid, String originHost, String originRealm, String ueIp) {
        return MessageBuilder.request(GxPcef.DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sid).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", originHost).add("Origin-Realm", originRealm)
                .add("Destination-Realm", "e2e.example")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0L)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", GxPcef.BASIC_IMSI))
                .add("Framed-IP-Address", GxPcef.ip(ueIp).getAddress())
                .add("Called-Station-Id", "internet")
                .build();
    }

    /** The AVP's octets on the wire, padding included. */
    private static byte[] wire(Avp a) {
        byte[] b = new byte[a.paddedLength()];
        a.writeTo(b, 0);
        return b;
    }

    private static int length(byte[] wire) {
        return ((wire[1] & 0xFF) << 16) | ((wire[2] & 0xFF) << 8) | (wire[3] & 0xFF);
    }
}
