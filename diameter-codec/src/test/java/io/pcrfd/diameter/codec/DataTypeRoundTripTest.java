package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.MessageBuilder;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Every RFC 6733 data format through builder, encoder and decoder, with generated values
 * including the boundaries, and generated invalid data with the exact Result-Code.
 */
class DataTypeRoundTripTest {
    /** One AVP per data format, and a command that allows anything. */
    static final Dictionary TYPES = Dictionary.parse(List.of(new Dictionary.Source("types.dia", """
            @id types
            @application 9 Types
            @avp_types
            T-OctetString        6001  OctetString       M
            T-Integer32          6002  Integer32         M
            T-Integer64          6003  Integer64         M
            T-Unsigned32         6004  Unsigned32        M
            T-Unsigned64         6005  Unsigned64        M
            T-Float32            6006  Float32           M
            T-Float64            6007  Float64           M
            T-Address            6008  Address           MV   10415
            T-Time               6009  Time              M
            T-UTF8String         6010  UTF8String        M
            T-DiameterIdentity   6011  DiameterIdentity  M
            T-DiameterURI        6012  DiameterURI       M
            T-Enumerated         6013  Enumerated        M
            T-IPFilterRule       6014  IPFilterRule      M
            T-QoSFilterRule      6015  QoSFilterRule     M
            @enum T-Enumerated
            ZERO   0
            @messages
            <TR> ::= < Diameter Header: 500, REQ >
                  * [ AVP ]
            """)));

    private final DiameterCodec codec = new DiameterCodec(TYPES);

    /** Builds a TR holding one AVP, encodes, decodes, and returns the decoded AVP. */
    private Avp roundTrip(String name, Object value) {
        byte[] wire = DiameterCodec.encode(MessageBuilder.request(TYPES, 9, "TR").add(name, value).build());
        DecodeResult r = codec.decode(wire);
        assertThat(r.errors()).isEmpty();
        assertThat(DiameterCodec.encode(r.message())).isEqualTo(wire);
        return r.message().avps().get(0);
    }

    /** Decodes a TR holding the AVP with raw data and returns the Result-Codes. */
    private List<Long> rawErrors(String name, byte[] data) {
        var def = TYPES.avp(name).orElseThrow();
        byte[] wire = DiameterCodec.encode(MessageBuilder.request(TYPES, 9, "TR")
                .addRaw(def.code(), def.vendorId(), data).build());
        return codec.decode(wire).errors().stream().map(DiameterError::resultCode).toList();
    }

    @Property
    void unsigned32(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long v) {
        assertThat(roundTrip("T-Unsigned32", v).asUnsigned32()).isEqualTo(v);
    }

    @Example
    void unsigned32Boundaries() {
        assertThat(roundTrip("T-Unsigned32", 0L).asUnsigned32()).isZero();
        assertThat(roundTrip("T-Unsigned32", 0xFFFF_FFFFL).asUnsigned32()).isEqualTo(4294967295L);
        MessageBuilder b = MessageBuilder.request(TYPES, 9, "TR");
        assertThatThrownBy(() -> b.add("T-Unsigned32", -1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add("T-Unsigned32", 0x1_0000_0000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void integer32(@ForAll int v) {
        assertThat(roundTrip("T-Integer32", v).asInt()).isEqualTo(v);
    }

    @Property
    void integer64(@ForAll long v) {
        assertThat(roundTrip("T-Integer64", v).asLong()).isEqualTo(v);
    }

    @Property
    void unsigned64(@ForAll("unsigned64") BigInteger v) {
        assertThat(roundTrip("T-Unsigned64", v).asUnsigned64()).isEqualTo(v);
    }

    @Provide
    Arbitrary<BigInteger> unsigned64() {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))
                .edgeCases(c -> c.includeOnly(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
    }

    @Property
    void float32(@ForAll float v) {
        assertThat(Float.floatToRawIntBits(roundTrip("T-Float32", v).asFloat())).isEqualTo(Float.floatToIntBits(v));
    }

    @Property
    void float64(@ForAll double v) {
        assertThat(Double.doubleToRawLongBits(roundTrip("T-Float64", v).asDouble())).isEqualTo(Double.doubleToLongBits(v));
    }

    @Property
    void octetString(@ForAll @Size(max = 300) byte[] v) {
        Avp a = roundTrip("T-OctetString", v);
        assertThat(a.data()).isEqualTo(v);
        assertThat(a.paddedLength() % 4).isZero();
    }

    @Example
    void enumeratedTakesUnsignedSpellings() {
        assertThat(roundTrip("T-Enumerated", 0xFFFF_FFFFL).asInt()).isEqualTo(-1);
        assertThatThrownBy(() -> MessageBuilder.request(TYPES, 9, "TR").add("T-Enumerated", 0x1_0000_0000L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void enumeratedKeepsValuesWithoutAName(@ForAll int v) {
        Avp a = roundTrip("T-Enumerated", v);
        assertThat(a.asInt()).isEqualTo(v);
        assertThat(a.enumName()).isEqualTo(v == 0 ? "ZERO" : null);
    }

    @Property
    void addressIpv4AndIpv6(@ForAll("ipAddresses") byte[] ip) throws Exception {
        Avp a = roundTrip("T-Address", InetAddress.getByAddress(ip));
        assertThat(a.asAddress().getAddress()).isEqualTo(ip);
        assertThat(a.dataLength()).isEqualTo(2 + ip.length);
    }

    @Provide
    Arbitrary<byte[]> ipAddresses() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofSize(4),
                Arbitraries.bytes().array(byte[].class).ofSize(16));
    }

    @Property
    void addressWithAnyOtherFamilyOrLengthIs5004(@ForAll @IntRange(max = 0xFFFF) int family,
                                                 @ForAll @Size(max = 20) byte[] address) {
        boolean valid = (family == 1 && address.length == 4) || (family == 2 && address.length == 16);
        byte[] data = ByteBuffer.allocate(2 + address.length).putShort((short) family).put(address).array();
        assertThat(rawErrors("T-Address", data)).isEqualTo(valid ? List.of() : List.of(5004L));
    }

    @Property
    void timeFrom1968To2104(@ForAll @LongRange(min = -60_000_000L, max = 4_294_967_295L - 2_208_988_800L - 60_000_000L)
                            long unixSeconds) {
        Instant t = Instant.ofEpochSecond(unixSeconds + 60_000_000L);
        assertThat(roundTrip("T-Time", t).asTime()).isEqualTo(t);
    }

    @Example
    void timeAroundThe2036RollOver() {
        Instant rollOver = Instant.parse("2036-02-07T06:28:16Z");
        assertThat(roundTrip("T-Time", rollOver).asTime()).isEqualTo(rollOver);
        assertThat(roundTrip("T-Time", rollOver.minusSeconds(1)).asTime()).isEqualTo(rollOver.minusSeconds(1));
        assertThat(roundTrip("T-Time", rollOver).data()).containsExactly(0, 0, 0, 0);
        assertThat(roundTrip("T-Time", Instant.parse("1900-01-01T00:00:00Z").plusSeconds(1L << 31)).data())
                .containsExactly(0x80, 0, 0, 0);
        MessageBuilder b = MessageBuilder.request(TYPES, 9, "TR");
        assertThatThrownBy(() -> b.add("T-Time", Instant.parse("1950-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void textTypesCarryAnyUnicode(@ForAll("unicode") String s,
                                  @ForAll("textTypes") String avp) {
        assertThat(roundTrip(avp, s).asUtf8String()).isEqualTo(s);
    }

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x80, 0xD7FF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
        return codePoints.list().ofMaxSize(40).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<String> textTypes() {
        return Arbitraries.of("T-UTF8String", "T-DiameterURI", "T-IPFilterRule", "T-QoSFilterRule");
    }

    /** A DiameterIdentity is FQDN-shaped text (RFC 6733 §4.3.1): the rest of Unicode is 5004. */
    @Property
    void diameterIdentityCarriesExactlyWhatItsSyntaxAllows(@ForAll("unicode") String s) {
        if (IdentitySyntax.isValid(s)) {
            assertThat(roundTrip("T-DiameterIdentity", s).asUtf8String()).isEqualTo(s);
        } else {
            assertThat(rawErrors("T-DiameterIdentity", s.getBytes(StandardCharsets.UTF_8))).containsExactly(5004L);
        }
    }

    @Property
    void invalidUtf8Is5004ExactlyWhenTheJdkRefusesIt(@ForAll @Size(max = 12) byte[] data) {
        boolean valid;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            valid = true;
        } catch (CharacterCodingException e) {
            valid = false;
        }
        assertThat(rawErrors("T-UTF8String", data)).isEqualTo(valid ? List.of() : List.of(5004L));
    }

    @Example
    void multibyteAndBrokenUtf8() {
        // Z ü(2) r i c h, space, U+260E (3), space, U+1D11E (4): 16 octets.
        assertThat(roundTrip("T-UTF8String", "Zürich ☎ 𝄞").dataLength()).isEqualTo(16);
        assertThat(rawErrors("T-UTF8String", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).containsExactly(5004L);
        assertThat(rawErrors("T-UTF8String", new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
                .containsExactly(5004L);
        assertThat(rawErrors("T-UTF8String", new byte[] {(byte) 0xe2, (byte) 0x98})).containsExactly(5004L);
        // Around the eight-octet ASCII fast path: a sequence split across the boundary, and a
        // bad octet right after a clean block.
        assertThat(roundTrip("T-UTF8String", "abcdefgé-abcdefgh€").asUtf8String()).isEqualTo("abcdefgé-abcdefgh€");
        assertThat(rawErrors("T-UTF8String", "abcdefgh\u0080".getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly(5004L);
        assertThat(rawErrors("T-UTF8String", "abcdefghijklmnop\u00ff".getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly(5004L);
    }

    @Property
    void fixedLengthFormatsWithAnyOtherLengthAre5014(@ForAll("fixedTypes") String avp,
                                                    @ForAll @IntRange(max = 20) int length) {
        int fixed = TYPES.avp(avp).orElseThrow().type().fixedLength();
        assertThat(rawErrors(avp, new byte[length])).isEqualTo(length == fixed ? List.of() : List.of(5014L));
    }

    @Provide
    Arbitrary<String> fixedTypes() {
        return Arbitraries.of(TYPES.avps().stream().filter(a -> a.type().fixedLength() >= 0)
                .map(a -> a.name()).toList());
    }

    @Example
    void everyFormatIsCovered() {
        // Grouped is covered by NestingAndUnknownsTest and the golden tests.
        assertThat(TYPES.avps()).extracting(a -> a.type()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(DataType.values()).filter(t -> t != DataType.GROUPED).toArray(DataType[]::new));
    }
}
