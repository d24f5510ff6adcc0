package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import org.junit.jupiter.api.Test;

/** The result of a CCA read straight from its octets. */
class AnswerReaderTest {
    private static final Dictionary DICT = Dictionary.standard();

    private static MessageBuilder cca() {
        DiameterMessage ccr = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .hopByHop(HopByHopId.of(0x11223344)).endToEnd(EndToEndId.of(0x55667788))
                .add("Session-Id", "gw;1;2").add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", "gw").add("Origin-Realm", "r").add("Destination-Realm", "p")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0).build();
        return MessageBuilder.answer(DICT, ccr).originHost("pcrf").originRealm("p")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0);
    }

    private static ByteBuf wire(MessageBuilder b) {
        return Unpooled.wrappedBuffer(DiameterCodec.encode(b.build()));
    }

    @Test
    void theHeaderFieldsAndTheResultCodeOfASuccess() {
        ByteBuf m = wire(cca().resultCode(2001));
        assertThat(AnswerReader.flags(m) & AnswerReader.REQUEST_BIT).isZero();
        assertThat(AnswerReader.commandCode(m)).isEqualTo(272);
        assertThat(AnswerReader.hopByHop(m)).isEqualTo(0x11223344);
        assertThat(AnswerReader.endToEnd(m)).isEqualTo(0x55667788);
        assertThat(AnswerReader.resultCode(m)).isEqualTo(2001);
    }

    @Test
    void anExperimentalResultCodeIsTheResultWhenThereIsNoResultCode() {
        ByteBuf m = wire(cca().experimentalResult(10415, 5065));
        assertThat(AnswerReader.resultCode(m)).isEqualTo(5065);
    }

    @Test
    void noResultAndABrokenAvpLengthGiveNoResult() {
        assertThat(AnswerReader.resultCode(wire(cca()))).isEqualTo(AnswerReader.NO_RESULT);
        byte[] bytes = DiameterCodec.encode(cca().resultCode(2001).build());
        // the first AVP (Session-Id) claims to run past the end of the message
        bytes[20 + 5] = 0x7F;
        assertThat(AnswerReader.resultCode(Unpooled.wrappedBuffer(bytes))).isEqualTo(AnswerReader.NO_RESULT);
    }

    @Test
    void readsFromTheReaderIndexOfASlice() {
        byte[] bytes = DiameterCodec.encode(cca().resultCode(5002).build());
        ByteBuf framed = Unpooled.buffer().writeZero(7).writeBytes(bytes);
        framed.skipBytes(7);
        assertThat(AnswerReader.resultCode(framed)).isEqualTo(5002);
        assertThat(AnswerReader.hopByHop(framed)).isEqualTo(0x11223344);
    }
}
