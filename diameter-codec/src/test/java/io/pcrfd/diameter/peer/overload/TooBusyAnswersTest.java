package io.pcrfd.diameter.peer.overload;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.overload.TooBusyAnswers.Reason;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The 3004 answer written from a request's octets, golden bytes word by word; the skim of odd requests. */
class TooBusyAnswersTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final TooBusyAnswers ANSWERS = new TooBusyAnswers(DICT, "pcrf.t", "t");

    private static byte[] ccr(String type, boolean proxyInfo) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR").hopByHop(HopByHopId.of(0x11223344))
                .endToEnd(EndToEndId.of(0x55667788)).add("Session-Id", "a;1")
                .add("Auth-Application-Id", ApplicationIds.GX).originHost("gw.t").originRealm("t")
                .add("Destination-Realm", "t").add("CC-Request-Type", type).add("CC-Request-Number", 0);
        if (proxyInfo) {
            b.addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "dra").add("Proxy-State", "x"));
        }
        return DiameterCodec.encode(b.build());
    }

    private static String answer(byte[] request, Reason reason) {
        ByteBuf in = Unpooled.wrappedBuffer(request);
        RequestSkim skim = new RequestSkim().scan(in);
        ByteBuf out = ANSWERS.encode(ByteBufAllocator.DEFAULT, in, skim, reason, null);
        try {
            return HexFormat.of().formatHex(io.netty.buffer.ByteBufUtil.getBytes(out));
        } finally {
            out.release();
        }
    }

    @Test
    void theAnswerIsTheEBitGrammarWithTheRequestsIdsSessionIdAndProxyInfo() {
        String hex = answer(ccr("INITIAL_REQUEST", true), Reason.PEER_LIMIT);
        String message = HexFormat.of().formatHex(Reason.PEER_LIMIT.text().getBytes());
        assertThat(hex).isEqualTo(""
                // version 1, length 0x98 = 20 + 12 + 16 + 12 + 12 + 48 + 32
                + "01" + "000098"
                // flags P and E (R clear: an answer; P copied, §6.2; E: protocol error, §7.1.3), CCR 272
                + "60" + "000110"
                // Gx, Hop-by-Hop and End-to-End copied
                + "01000016" + "11223344" + "55667788"
                // Session-Id 263, M, length 11, "a;1" + 1 octet of padding: copied as it was
                + "00000107" + "4000000b" + "613b3100"
                // Origin-Host 264, M, "pcrf.t" + 2 of padding
                + "00000108" + "4000000e" + "706372662e740000"
                // Origin-Realm 296, M, "t" + 3 of padding
                + "00000128" + "40000009" + "74000000"
                // Result-Code 268, M, 3004
                + "0000010c" + "4000000c" + "00000bbc"
                // Error-Message 281, M clear (RFC 6733 §7.3), 40 octets of text
                + "00000119" + "00000030" + message
                // Proxy-Info 284 { Proxy-Host "dra", Proxy-State "x" }, copied octet for octet
                + "0000011c" + "40000020" + "00000118" + "4000000b" + "64726100" + "00000021" + "40000009"
                + "78000000");
        var decoded = new DiameterCodec(DICT).decode(HexFormat.of().parseHex(hex));
        assertThat(decoded.errors()).isEmpty();
    }

    @Test
    void theSkimFindsWhatTheRefusalNeedsAndStopsAtABadLength() {
        byte[] ccrU = ccr("UPDATE_REQUEST", false);
        RequestSkim s = new RequestSkim().scan(Unpooled.wrappedBuffer(ccrU));
        assertThat(s.sessionIdAt()).isEqualTo(20);
        assertThat(s.sessionIdLength()).isEqualTo(12);
        assertThat(s.ocSupportedFeatures()).isFalse();
        assertThat(s.startsNewWork(272)).as("CCR-U continues a session").isFalse();
        assertThat(new RequestSkim().scan(Unpooled.wrappedBuffer(ccr("INITIAL_REQUEST", false))).startsNewWork(272))
                .isTrue();
        assertThat(new RequestSkim().scan(Unpooled.wrappedBuffer(ccr("EVENT_REQUEST", false))).startsNewWork(272))
                .isTrue();
        assertThat(new RequestSkim().scan(Unpooled.wrappedBuffer(ccr("INITIAL_REQUEST", false))).startsNewWork(275))
                .as("an STR ends a session").isFalse();

        byte[] broken = ccrU.clone();
        broken[20 + 5 + 2] = 3; // Session-Id length 3: shorter than its header
        RequestSkim b = new RequestSkim().scan(Unpooled.wrappedBuffer(broken));
        assertThat(b.sessionIdAt()).isEqualTo(-1);
        String hex = answer(broken, Reason.QUEUE_DELAY);
        assertThat(hex).as("no Session-Id (0*1 in §7.2), still a whole answer").startsWith("01000074" + "60000110")
                .contains("00000bbc");
        assertThat(new DiameterCodec(DICT).decode(HexFormat.of().parseHex(hex)).errors()).isEmpty();
    }
}
