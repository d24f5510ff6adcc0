package io.pcrfd.diameter.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Shared checks of the golden-bytes tests: the builder's message encodes to exactly the
 * hand-derived octets, and those octets decode back with no error and re-encode unchanged.
 * Mismatches are reported word by word, so a failure names the AVP whose bytes differ.
 */
final class GoldenBytes {
    static final Dictionary DICT = Dictionary.standard();
    static final DiameterCodec CODEC = new DiameterCodec(DICT);
    static final HopByHopId HOP_BY_HOP = HopByHopId.of(0x1234abcd);
    static final EndToEndId END_TO_END = EndToEndId.of(0x5678ef01);
    static final long GX = 16777238;
    static final long S9A = 16777319;
    static final long SY = 16777302;
    static final long RX = 16777236;

    private GoldenBytes() {
    }

    /** Asserts that {@code built} encodes to {@code expectedHex} and that the bytes decode cleanly. */
    static void assertGolden(DiameterMessage built, String expectedHex) {
        byte[] wire = DiameterCodec.encode(built);
        assertThat(words(HexFormat.of().formatHex(wire))).as("encoded words").isEqualTo(words(expectedHex));
        DecodeResult decoded = CODEC.decode(HexFormat.of().parseHex(expectedHex));
        assertThat(decoded.errors()).as("errors decoding the golden bytes").isEmpty();
        assertThat(HexFormat.of().formatHex(DiameterCodec.encode(decoded.message()))).isEqualTo(expectedHex);
    }

    /** Splits hex into 32-bit words, prefixed with their octet offset, for readable diffs. */
    private static List<String> words(String hex) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hex.length(); i += 8) {
            out.add(String.format("%04d: %s", i / 2, hex.substring(i, Math.min(hex.length(), i + 8))));
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
