package io.pcrfd.diameter.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-identifying AVPs at load time (pcrfd's own AVPs under an operator's enterprise number). */
class AvpIdentityOverrideTest {

    @Test
    void pcrfdAvpsHaveTheirDocumentedDefaults() {
        Dictionary d = Dictionary.standard();
        AvpDefinition ind = d.avp("Session-Establishment-Request").orElseThrow();
        assertThat(ind.code()).isEqualTo(1);
        assertThat(ind.vendorId()).isEqualTo(32473);
        assertThat(ind.sendFlags()).isEqualTo((byte) 0x80); // V only: M clear
        assertThat(ind.enumValues().value("DEVICE_LEVEL")).hasValue(1);
        assertThat(d.avp("Establishment-Id").orElseThrow().type()).isEqualTo(DataType.UTF8_STRING);
        assertThat(d.command(ApplicationIds.S9A, "AAR")).isPresent();
        assertThat(d.command(ApplicationIds.S9, "AAA")).isPresent();
    }

    @Test
    void overrideMovesTheAvpAndTheGrammarsThatNameIt() {
        Dictionary d = Dictionary.standardWith(List.of(
                new AvpIdentity("Session-Establishment-Request", 7001, 99999),
                new AvpIdentity("Establishment-Id", 7002, 99999)));
        assertThat(d.avp(7001, 99999).orElseThrow().name()).isEqualTo("Session-Establishment-Request");
        assertThat(d.avp(1, 32473)).isEmpty();

        DiameterMessage aar = MessageBuilder.request(d, ApplicationIds.S9A, "AAR")
                .add("Session-Id", "pcrf.example;1;1")
                .add("Auth-Application-Id", ApplicationIds.S9A)
                .originHost("pcrf.example").originRealm("example")
                .add("Destination-Realm", "example")
                .add("Session-Establishment-Request", "NOTIFY_ONLY")
                .add("Establishment-Id", "t-1")
                .build();
        byte[] wire = DiameterCodec.encode(aar);
        DecodeResult r = new DiameterCodec(d).decode(wire);
        assertThat(r.errors()).isEmpty();
        assertThat(r.message().avp(7002, 99999).orElseThrow().asUtf8String()).isEqualTo("t-1");
        assertThat(r.message().avp(7001, 99999).orElseThrow().flags()).isEqualTo(0x80);
        // The standard dictionary does not know 7001/99999: same bytes, an unknown AVP (M clear).
        assertThat(new DiameterCodec(Dictionary.standard()).decode(wire).message()
                .avp(7001, 99999).orElseThrow().definition()).isNull();
    }

    @Test
    void vendorZeroClearsTheVBit() {
        Dictionary d = Dictionary.standardWith(List.of(new AvpIdentity("Establishment-Id", 65000, 0)));
        assertThat(d.avp("Establishment-Id").orElseThrow().sendFlags()).isEqualTo((byte) 0x00);
    }

    @Test
    void unknownNameIsRefused() {
        assertThatThrownBy(() -> Dictionary.standardWith(List.of(new AvpIdentity("No-Such-Avp", 1, 1))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("No-Such-Avp");
    }

    @Test
    void collisionWithAnotherAvpIsRefused() {
        // 263/0 is Session-Id.
        assertThatThrownBy(() -> Dictionary.standardWith(List.of(new AvpIdentity("Establishment-Id", 263, 0))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("Session-Id");
    }

    @Test
    void noOverridesIsTheCachedStandardDictionary() {
        assertThat(Dictionary.standardWith(List.of())).isSameAs(Dictionary.standard());
    }
}
