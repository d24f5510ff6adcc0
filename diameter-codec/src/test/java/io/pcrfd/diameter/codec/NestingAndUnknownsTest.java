package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep Grouped nesting, and everything unknown surviving a decode/encode round trip. */
class NestingAndUnknownsTest {
    private static final Dictionary NEST = Dictionary.parse(List.of(new Dictionary.Source("nest.dia", """
            @id nest
            @application 9 Nest
            @avp_types
            Session-Id  263  UTF8String  M
            Leaf       5001  Unsigned32  M
            Nest       5000  Grouped     M
            @grouped
            Nest ::= < AVP Header: 5000 >
                    [ Nest ]
                    [ Leaf ]
            @messages
            <NR> ::= < Diameter Header: 400, REQ >
                    [ Nest ]
            """)));

    private final DiameterCodec nestCodec = new DiameterCodec(NEST);
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);

    private static Avp nested(int levels) {
        AvpDefinition nest = NEST.avp("Nest").orElseThrow();
        Avp inner = Avp.of(NEST.avp("Leaf").orElseThrow(), new byte[] {0, 0, 0, 42});
        for (int i = 0; i < levels; i++) {
            inner = Avp.grouped(nest, List.of(inner));
        }
        return inner;
    }

    private DecodeResult decodeNested(int levels) {
        DiameterMessage m = MessageBuilder.request(NEST, 9, "NR").add(nested(levels)).build();
        return nestCodec.decode(DiameterCodec.encode(m));
    }

    @Test
    void thirtyTwoLevelsAreFollowedToTheLeaf() {
        DecodeResult r = decodeNested(AvpDecoder.MAX_DEPTH);
        assertThat(r.errors()).isEmpty();
        Avp a = r.message().avps().get(0);
        for (int i = 1; i < AvpDecoder.MAX_DEPTH; i++) {
            a = a.child("Nest").orElseThrow();
        }
        assertThat(a.child("Leaf").orElseThrow().asUnsigned32()).isEqualTo(42L);
    }

    @Test
    void oneLevelMoreIs5004OnTheAvpAtTheLimit() {
        DecodeResult r = decodeNested(AvpDecoder.MAX_DEPTH + 1);
        assertThat(r.errors()).extracting(DiameterError::resultCode).containsExactly(5004L);
        assertThat(r.errors().get(0).failedAvp().name()).isEqualTo("Nest");
    }

    @Test
    void aMillionOctetsOfNestingNeitherOverflowsTheStackNorLosesTheMessage() {
        int levels = 100_000;
        int length = 20 + levels * 8;
        byte[] b = new byte[length];
        AvpValues.putInt(b, 0, 0x0100_0000 | length);
        AvpValues.putInt(b, 4, 0x8000_0000 | 400);
        AvpValues.putInt(b, 8, 9);
        for (int i = 0; i < levels; i++) {
            int pos = 20 + i * 8;
            AvpValues.putInt(b, pos, 5000);
            AvpValues.putInt(b, pos + 4, 0x4000_0000 | (length - pos));
        }
        DecodeResult r = nestCodec.decode(b);
        assertThat(r.errors()).extracting(DiameterError::resultCode).containsExactly(5004L);
        assertThat(DiameterCodec.encode(r.message())).isEqualTo(b);
    }

    @Test
    void unknownAvpsCommandsAndEnumValuesReEncodeByteForByte() {
        byte[] wire = DiameterCodec.encode(MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR")
                .originHost("pcef.example").originRealm("example")
                .add("Disconnect-Cause", 99)                                      // no name for 99
                .addRaw(65000, (int) 4_000_000_000L, new byte[] {1, 2, 3, 4, 5})
                .addGrouped("Proxy-Info", g -> g
                        .add("Proxy-Host", "relay").add("Proxy-State", new byte[0])
                        .addRaw(3, 0, new byte[] {(byte) 0xff}))
                .build());
        DecodeResult r = codec.decode(wire);
        assertThat(r.errors()).isEmpty();
        assertThat(r.message().avp("Disconnect-Cause").orElseThrow().enumName()).isNull();
        assertThat(r.message().avp("Disconnect-Cause").orElseThrow().asInt()).isEqualTo(99);
        Avp unknown = r.message().avp(65000, (int) 4_000_000_000L).orElseThrow();
        assertThat(unknown.definition()).isNull();
        assertThat(unknown.vendorId()).isEqualTo((int) 4_000_000_000L);
        assertThat(DiameterCodec.encode(r.message())).isEqualTo(wire);

        // The same octets under an unknown command code in an unknown application.
        byte[] odd = wire.clone();
        odd[7] = 0x55;
        odd[11] = 0x42;
        DecodeResult u = codec.decode(odd);
        assertThat(u.errors()).extracting(DiameterError::resultCode).containsExactly(3007L);
        assertThat(u.message().definition()).isNull();
        assertThat(DiameterCodec.encode(u.message())).isEqualTo(odd);
    }
}
