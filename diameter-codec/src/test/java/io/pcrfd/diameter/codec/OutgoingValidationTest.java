package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DiameterCodec#validate}: what we send is checked as incoming messages are, plus the M-bit
 * rule of RFC 6733 §1.3.4 (an M-bit AVP must be named by the grammar, {@code * [ AVP ]} admits
 * only M-clear ones), which received messages are not held to.
 */
class OutgoingValidationTest {
    private static final long S9A = 16777319L;
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private MessageBuilder s9aCcrI() throws Exception {
        return MessageBuilder.request(dict, S9A, "CCR")
                .add("Session-Id", "pcrf.example;1;1").add("Auth-Application-Id", S9A)
                .originHost("pcrf.example").originRealm("example").add("Destination-Realm", "example")
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0L)
                .add("UE-Local-IP-Address", InetAddress.getByName("198.51.100.7"));
    }

    @Test
    void pcrfAddressInAnS9aCcrIsRefusedAs5001ThoughAReceiverAcceptsIt() throws Exception {
        DiameterMessage ccr = s9aCcrI().add("PCRF-Address", "pcrf.example").build();

        List<DiameterError> errors = codec.validate(ccr);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.resultCode()).isEqualTo(ResultCodes.DIAMETER_AVP_UNSUPPORTED);
            assertThat(e.failedAvp().name()).isEqualTo("PCRF-Address");
            assertThat(e.failedAvp().flags() & 0x40).as("M bit").isEqualTo(0x40);
        });
        assertThat(codec.decode(DiameterCodec.encode(ccr)).errors()).as("lenient receive").isEmpty();
    }

    @Test
    void mandatoryAvpsTheGrammarNamesAndMClearAvpsTheWildcardAdmitsPass() throws Exception {
        DiameterMessage ccr = s9aCcrI().add("Called-Station-Id", "internet")
                .add("UDP-Source-Port", 4500L) // V only: *[AVP] admits it
                .build();

        assertThat(codec.validate(ccr)).isEmpty();
    }

    @Test
    void theRuleHoldsInsideGroupedAvpsToo() throws Exception {
        // Multiple-Services-Credit-Control (RFC 4006 §8.16) ends in *[AVP] and does not name
        // Called-Station-Id, whose M bit is set (RFC 7155 §4.2.6).
        DiameterMessage ccr = MessageBuilder.request(dict, 4, "CCR")
                .add("Session-Id", "s;1").add("Auth-Application-Id", 4L).originHost("h.example")
                .originRealm("example").add("Destination-Realm", "example").add("Service-Context-Id", "x")
                .add("CC-Request-Type", "EVENT_REQUEST").add("CC-Request-Number", 0L)
                .addGrouped("Multiple-Services-Credit-Control", m -> m.add("Called-Station-Id", "internet"))
                .build();

        assertThat(codec.validate(ccr)).extracting(DiameterError::resultCode, e -> e.failedAvp().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ResultCodes.DIAMETER_AVP_UNSUPPORTED,
                        "Called-Station-Id"));
    }

    @Test
    void grammarFaultsOfIncomingMessagesAreFoundInOutgoingOnes() throws Exception {
        DiameterMessage noRequestNumber = MessageBuilder.request(dict, S9A, "CCR")
                .add("Session-Id", "pcrf.example;1;2").add("Auth-Application-Id", S9A)
                .originHost("pcrf.example").originRealm("example").add("Destination-Realm", "example")
                .add("CC-Request-Type", "INITIAL_REQUEST").build();

        assertThat(codec.validate(noRequestNumber)).extracting(DiameterError::resultCode)
                .containsExactly(ResultCodes.DIAMETER_MISSING_AVP);
    }

    @Test
    void anErrorAnswerMayCarryWhatRfc6733Section72Names() throws Exception {
        DiameterMessage request = s9aCcrI().build();
        DiameterMessage answer = MessageBuilder.answer(dict, request).originHost("bpcf.example")
                .originRealm("example").errorAnswer(new DiameterError(ResultCodes.DIAMETER_UNABLE_TO_DELIVER,
                        null, "no route")).build();
        DiameterMessage withE = answer;

        assertThat(withE.flags().error()).isTrue();
        assertThat(withE.avp("Session-Id")).isPresent();
        assertThat(withE.avp("Error-Message")).isPresent();
        assertThat(codec.validate(withE)).isEmpty();
    }
}
