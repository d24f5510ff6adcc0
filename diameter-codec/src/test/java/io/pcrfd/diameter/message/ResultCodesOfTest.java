package io.pcrfd.diameter.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.spec.Rfc6733;
import org.junit.jupiter.api.Test;

/** An answer's outcome, read without ever throwing on what a peer sent. */
class ResultCodesOfTest {
    private final Dictionary dict = Dictionary.standard();

    private MessageBuilder raa() {
        return MessageBuilder.answer(dict, MessageBuilder.request(dict, ApplicationIds.GX, "RAR")
                .add(Rfc6733.SESSION_ID, "pgw;1").build());
    }

    @Test
    void resultCodeElseExperimentalResultCodeElseZero() {
        assertThat(ResultCodes.of(raa().resultCode(5002).build())).isEqualTo(5002);
        assertThat(ResultCodes.of(raa().experimentalResult(10415, 4144).build())).isEqualTo(4144);
        assertThat(ResultCodes.of(raa().build())).isZero();
    }

    @Test
    void aResultCodeThatIsNotFourOctetsReadsAsNoOutcome() {
        byte[] wire = DiameterCodec.encode(raa().addRaw(268, 0, new byte[] {0, 0, 7, (byte) 0xD1, 0}).build());
        DiameterMessage decoded = new DiameterCodec(dict).decode(wire).message();
        assertThat(decoded.avp(Rfc6733.RESULT_CODE)).isPresent();
        assertThat(ResultCodes.of(decoded)).isZero();
    }
}
