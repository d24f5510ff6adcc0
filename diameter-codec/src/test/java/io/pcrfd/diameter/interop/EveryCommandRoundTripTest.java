package io.pcrfd.diameter.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.ExampleMessages;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages the Wireshark test sends are valid by our own rules too: for every command of
 * every application, a request and its answer with every AVP their grammars name encode,
 * decode with no error (grammar, flags, vendor ids, lengths) and re-encode to the same octets.
 */
class EveryCommandRoundTripTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final DiameterCodec CODEC = new DiameterCodec(DICT);
    private static final ExampleMessages EXAMPLES = new ExampleMessages(DICT);

    static Stream<CommandDefinition> requests() {
        return DICT.commands().stream().filter(CommandDefinition::request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requestAndAnswerDecodeWithoutErrorAndReencodeIdentically(CommandDefinition command) {
        DiameterMessage request = EXAMPLES.request(command);
        for (DiameterMessage m : List.of(request, EXAMPLES.answer(request))) {
            byte[] wire = DiameterCodec.encode(m);
            DecodeResult decoded = CODEC.decode(wire);
            assertThat(decoded.errors()).as(m.name() + " of " + m.applicationId()).isEmpty();
            assertThat(decoded.message().commandCode()).isEqualTo(command.code());
            assertThat(DiameterCodec.encode(decoded.message())).isEqualTo(wire);
        }
    }
}
