package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The patched requests are valid Gx CCRs carrying the session's own identities. */
class GxRequestTemplatesTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final BenchOptions OPTIONS = new BenchOptions("127.0.0.1", 3868, 2,
            new LoadModel.ClosedLoop(2), Duration.ZERO, Duration.ofSeconds(1), 1, "gw.example", "gw-realm.example",
            "pcrf-realm.example", "ims", Duration.ofSeconds(5), 1, 0, 0);
    private static final List<RequestTemplate> TEMPLATES = GxRequestTemplates.build(DICT, OPTIONS, 1, 1_763_800_000L);

    private static DiameterMessage decode(int step, long session, int hbh, int e2e) {
        byte[] wire = TEMPLATES.get(step).toArray(session, hbh, e2e);
        DecodeResult r = new DiameterCodec(DICT).decode(wire);
        assertThat(r.errors()).as("step %d validates against the Gx CCR grammar", step).isEmpty();
        return r.message();
    }

    @Test
    void theCcrInitialCarriesTheSessionsIdsImsiAndUeAddress() {
        DiameterMessage m = decode(0, 1_234_567_890_123L % 1_000_000_000_000L, 0x01020304, 0x0A0B0C0D);
        assertThat(m.hopByHop().value()).isEqualTo(0x01020304);
        assertThat(m.endToEnd().value()).isEqualTo(0x0A0B0C0D);
        assertThat(m.sessionId()).hasValue("c2.gw.example;1763800000;234567890123");
        assertThat(m.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo("c2.gw.example");
        assertThat(m.avp("Destination-Realm").orElseThrow().asUtf8String()).isEqualTo("pcrf-realm.example");
        assertThat(m.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(1);
        Avp sub = m.avp("Subscription-Id").orElseThrow();
        assertThat(sub.child("Subscription-Id-Type").orElseThrow().asInt()).as("END_USER_IMSI").isEqualTo(1);
        assertThat(sub.child("Subscription-Id-Data").orElseThrow().asUtf8String()).isEqualTo("001014567890123");
        // 10.0.0.1 + session mod (2^24 - 2)
        long host = 1 + 234_567_890_123L % ((1 << 24) - 2);
        byte[] ip = ByteBuffer.allocate(4).putInt((int) ((10L << 24) + host)).array();
        // Framed-IP-Address is an OctetString of the 4 address octets (RFC 7155 §4.4.10.5.1)
        assertThat(m.avp("Framed-IP-Address").orElseThrow().asOctetString()).isEqualTo(ip);
        assertThat(m.avp("Called-Station-Id").orElseThrow().asUtf8String()).isEqualTo("ims");
    }

    @Test
    void bothUpdatesReportUsageUnderEventTrigger33AndTheTerminationClosesWithFinalUsage() {
        for (int step = 1; step <= 2; step++) {
            DiameterMessage u = decode(step, 7, step, step);
            assertThat(u.avp("CC-Request-Type").orElseThrow().asInt()).as("UPDATE_REQUEST").isEqualTo(2);
            assertThat(u.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(step);
            assertThat(u.avp("Event-Trigger").orElseThrow().asInt()).as("USAGE_REPORT").isEqualTo(33);
            assertUsage(u);
            assertThat(u.sessionId()).hasValue("c2.gw.example;1763800000;000000000007");
        }
        DiameterMessage t = decode(3, 7, 9, 9);
        assertThat(t.avp("CC-Request-Type").orElseThrow().asInt()).as("TERMINATION_REQUEST").isEqualTo(3);
        assertThat(t.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(3);
        assertUsage(t);
    }

    @Test
    void withoutUpdatesTheCcrTerminationIsNumberOneAndStillReportsTheFinalUsage() {
        List<RequestTemplate> two = GxRequestTemplates.build(DICT, OPTIONS.withUpdates(0), 0, 1);
        assertThat(two).hasSize(2);
        DiameterMessage i = new DiameterCodec(DICT).decode(two.get(0).toArray(5, 1, 1)).message();
        assertThat(i.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(1);
        assertThat(i.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isZero();
        DecodeResult t = new DiameterCodec(DICT).decode(two.get(1).toArray(5, 2, 2));
        assertThat(t.errors()).isEmpty();
        assertThat(t.message().avp("CC-Request-Type").orElseThrow().asInt()).as("TERMINATION_REQUEST").isEqualTo(3);
        assertThat(t.message().avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
        assertUsage(t.message());
    }

    @Test
    void eightUpdatesAreNumberedOneToEightAndTheCcrTerminationNine() {
        List<RequestTemplate> ten = GxRequestTemplates.build(DICT, OPTIONS.withUpdates(8), 0, 1);
        assertThat(ten).hasSize(10);
        for (int step = 0; step < ten.size(); step++) {
            DecodeResult r = new DiameterCodec(DICT).decode(ten.get(step).toArray(5, step, step));
            assertThat(r.errors()).as("step %d", step).isEmpty();
            int type = step == 0 ? 1 : step == 9 ? 3 : 2;
            assertThat(r.message().avp("CC-Request-Type").orElseThrow().asInt()).as("step %d", step).isEqualTo(type);
            assertThat(r.message().avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(step);
            if (step > 0) {
                assertUsage(r.message());
            }
        }
    }

    private static void assertUsage(DiameterMessage m) {
        Avp umi = m.avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(new String(umi.child("Monitoring-Key").orElseThrow().asOctetString(),
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("mk1");
        Avp used = umi.child("Used-Service-Unit").orElseThrow();
        assertThat(used.child("CC-Total-Octets").orElseThrow().asUnsigned64()).isEqualTo(BigInteger.valueOf(1_000_000));
    }

    @Test
    void aSubscriberPopulationHandsOutItsImsisInTurn() {
        BenchOptions o = OPTIONS;
        BenchOptions thousand = new BenchOptions(o.host(), o.port(), o.connections(), o.load(), o.warmup(),
                o.duration(), o.sessions(), o.originHost(), o.realm(), o.destinationRealm(), o.apn(),
                o.requestTimeout(), o.threads(), o.serverPid(), 1000);
        RequestTemplate initial = GxRequestTemplates.build(DICT, thousand, 0, 1).get(0);
        DiameterMessage m = new DiameterCodec(DICT).decode(initial.toArray(123_007, 1, 1)).message();
        assertThat(m.avp("Subscription-Id").orElseThrow().child("Subscription-Id-Data").orElseThrow().asUtf8String())
                .isEqualTo("001010000000007");
        assertThat(m.sessionId()).hasValue("c1.gw.example;1;000000123007");
    }

    @Test
    void digitsAreWrittenInPlaceAndRefuseToOverflow() {
        io.netty.buffer.ByteBuf b = io.netty.buffer.Unpooled.buffer(4).writeBytes(new byte[4]);
        RequestTemplate.putDigits(b, 0, 42, 4);
        assertThat(b.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("0042");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestTemplate.putDigits(b, 0, 12345, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
