package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.testing.WireChecks;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's error answer to a faulty CCR is itself a valid CCA on the wire (RFC 6733
 * §7.2): it copies only those AVPs the CCA grammar requires that the request carries well
 * formed, and takes the E bit and the error grammar when one is missing or malformed, Session-Id
 * included. Found by {@code DecoderFuzzTest}.
 */
class DispatcherErrorAnswerTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final DiameterCodec CODEC = new DiameterCodec(DICT);
    private static final RequestContext CTX = new RequestContext("pgw.example", "example", DICT,
            LocalIdentity.of("pcrf.example", "example", InetAddress.getLoopbackAddress(),
                    List.of(ApplicationSupport.auth(ApplicationIds.GX))));
    private final Dispatcher dispatcher = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
            (ctx, ccr) -> CompletableFuture.failedFuture(new AssertionError("a faulty CCR reached the handler")));

    private static MessageBuilder ccr(boolean withSessionId) {
        MessageBuilder b = MessageBuilder.request(DICT, ApplicationIds.GX, "CCR");
        if (withSessionId) {
            b.add("Session-Id", "pgw.example;1;1");
        }
        return b.add("Auth-Application-Id", ApplicationIds.GX).originHost("pgw.example").originRealm("example")
                .add("Destination-Realm", "example");
    }

    private DiameterMessage answer(DiameterMessage ccr) {
        DecodeResult decoded = CODEC.decode(DiameterCodec.encode(ccr));
        assertThat(decoded.isValid()).isFalse();
        return dispatcher.dispatch(CTX, decoded).toCompletableFuture().join();
    }

    @Test
    void aCcrWithoutSessionIdIsAnsweredWithTheEBitAndTheErrorGrammar() {
        DiameterMessage ccr = ccr(false).add("CC-Request-Type", 1).add("CC-Request-Number", 0L).build();
        DiameterMessage cca = answer(ccr);
        assertThat(WireChecks.checkAnswer(CODEC, ccr, cca)).isEqualTo(ResultCodes.DIAMETER_MISSING_AVP);
        assertThat(cca.flags().error()).isTrue();
        assertThat(cca.avp("Session-Id")).isEmpty();
    }

    @Test
    void aMalformedRequiredAvpIsNotCopiedIntoTheAnswer() {
        // CC-Request-Type (416) with 5 octets: 5014, and the CCA may not carry it either.
        DiameterMessage ccr = ccr(true).addRaw(416, 0, new byte[] {0, 0, 0, 1, 0}).add("CC-Request-Number", 0L)
                .build();
        DiameterMessage cca = answer(ccr);
        assertThat(WireChecks.checkAnswer(CODEC, ccr, cca)).isEqualTo(ResultCodes.DIAMETER_INVALID_AVP_LENGTH);
        assertThat(cca.flags().error()).isTrue();
        assertThat(cca.avp("Failed-AVP")).isPresent();
        assertThat(cca.avps("CC-Request-Type")).isEmpty();
    }

    @Test
    void wellFormedRequiredAvpsAreStillCopiedWithoutTheEBit() {
        DiameterMessage ccr = ccr(true).add("CC-Request-Type", 1).add("CC-Request-Number", 0L)
                .addRaw(416, 0, new byte[] {0, 0, 0, 2}).build();
        DiameterMessage cca = answer(ccr);
        assertThat(WireChecks.checkAnswer(CODEC, ccr, cca)).isEqualTo(ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES);
        assertThat(cca.flags().error()).isFalse();
        assertThat(cca.avp("CC-Request-Type").orElseThrow().asUnsigned32()).isEqualTo(1);
    }

    @Test
    void theErrorOfAFramingFailureIsAnsweredFromTheHeaderAlone() {
        DiameterMessage header = new DiameterMessage(DiameterMessage.VERSION, ccr(true).build().flags(),
                CommandCodes.CREDIT_CONTROL, ApplicationIds.GX, ccr(true).build().hopByHop(),
                ccr(true).build().endToEnd(), List.of(), null);
        DiameterMessage cca = Dispatcher.errorAnswer(CTX, header, new DiameterError(
                ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH, null, "Message Length 13"));
        assertThat(WireChecks.checkAnswer(CODEC, header, cca)).isEqualTo(ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH);
        assertThat(cca.flags().error()).isTrue();
    }
}
