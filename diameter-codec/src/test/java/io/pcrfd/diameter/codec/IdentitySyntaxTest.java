package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The DiameterIdentity syntax (RFC 6733 §4.3.1): every FQDN-shaped name of letters, digits,
 * hyphens and underscores passes, and one octet outside that alphabet, an empty label or a
 * length beyond RFC 1035 §2.3.4 fails it.
 */
class IdentitySyntaxTest {
    private static final String LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

    @Test
    void namesSeenInRealDeploymentsPass() {
        assertThat(List.of("pcrf.example", "pgw1.epc.mnc001.mcc001.3gppnetwork.org", "localhost", "PCRF-01.Lab",
                "pgw_1.lab_net", "10.0.0.1", "xn--bcher-kva.example", "host.example.", "-odd-.example", "a"))
                .allSatisfy(s -> assertThat(IdentitySyntax.isValid(s)).as(s).isTrue());
    }

    @Test
    void emptyBlankAndPunctuatedNamesFail() {
        assertThat(List.of("", " ", "pgw 1.example", "pgw1.example,pgw2.example", "pgw1.example\n", "pgw1\tx",
                ".", ".example", "a..b", "pgw1.example..", "höst.example", "pgw1;1", "a/b", "a\u0000b", "a\u007Fb",
                "pgw\u00851", "a@b"))
                .allSatisfy(s -> assertThat(IdentitySyntax.isValid(s)).as("'%s'", s).isFalse());
    }

    @Test
    void labelAndNameLengthsFollowRfc1035() {
        assertThat(IdentitySyntax.isValid("a".repeat(63) + ".example")).isTrue();
        assertThat(IdentitySyntax.isValid("a".repeat(64) + ".example")).isFalse();
        String name255 = ("a".repeat(63) + ".").repeat(3) + "a".repeat(63);
        assertThat(name255).hasSize(255);
        assertThat(IdentitySyntax.isValid(name255)).isTrue();
        assertThat(IdentitySyntax.isValid(name255 + "a")).isFalse();
    }

    @Property(tries = 1000)
    void everyDotSeparatedNameOfLegalLabelsPasses(@ForAll("names") String name, @ForAll boolean trailingDot) {
        String s = trailingDot ? name + "." : name;
        assertThat(IdentitySyntax.isValid(s)).isTrue();
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
        assertThat(IdentitySyntax.isValid(b, 2, b.length - 4)).as("the octet form agrees").isTrue();
    }

    @Property(tries = 1000)
    void oneIllegalCharacterAnywhereFails(@ForAll("names") String name, @ForAll @IntRange(max = 1000) int where,
                                          @ForAll @CharRange(to = '\u00FF') char c) {
        if (LABEL_CHARS.indexOf(c) >= 0 || c == '.') {
            return;
        }
        int at = where % (name.length() + 1);
        String s = name.substring(0, at) + c + name.substring(at);
        assertThat(IdentitySyntax.isValid(s)).as("'%s'", s).isFalse();
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertThat(IdentitySyntax.isValid(b, 0, b.length)).isFalse();
    }

    @Property(tries = 500)
    void anEmptyLabelFails(@ForAll("names") String name, @ForAll @IntRange(max = 1000) int where) {
        int at = where % (name.length() + 1);
        String s = name.substring(0, at) + ".." + name.substring(at);
        assertThat(IdentitySyntax.isValid(s)).as("'%s'", s).isFalse();
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> label = Arbitraries.strings().withChars(LABEL_CHARS.toCharArray()).ofMinLength(1)
                .ofMaxLength(IdentitySyntax.MAX_LABEL);
        return label.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
    }

    /**
     * The octet check (eight octets at a time) agrees with a plain one-octet-at-a-time reading
     * of the rules on mostly-legal octets with dots, runs of dots and stray octets of all 256
     * values, at every offset and length up to past {@link IdentitySyntax#MAX_LENGTH}.
     */
    @Property(tries = 3000)
    void agreesWithAnOctetByOctetReading(@ForAll("octets") byte[] b, @ForAll @IntRange(max = 300) int from,
                                         @ForAll @IntRange(max = 300) int to) {
        int off = Math.min(from, b.length);
        int len = Math.min(to, b.length - off);
        assertThat(IdentitySyntax.isValid(b, off, len)).isEqualTo(reference(b, off, len));
    }

    @Test
    void labelLengthsAroundEveryWordBoundaryAgree() {
        for (int first = 0; first <= 70; first++) {
            for (int second = 0; second <= 70; second += 1) {
                String s = "x".repeat(first) + "." + "y".repeat(second);
                byte[] b = s.getBytes(StandardCharsets.US_ASCII);
                assertThat(IdentitySyntax.isValid(b, 0, b.length)).as(s).isEqualTo(reference(b, 0, b.length));
            }
        }
    }

    @Provide
    Arbitrary<byte[]> octets() {
        Arbitrary<Byte> legal = Arbitraries.of(LABEL_CHARS.toCharArray()).map(c -> (byte) c.charValue());
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, legal), net.jqwik.api.Tuple.of(4, Arbitraries.just((byte) '.')),
                net.jqwik.api.Tuple.of(1, any));
        return one.array(byte[].class).ofMaxSize(300);
    }

    /** The rules of the class comment, one octet at a time. */
    private static boolean reference(byte[] b, int off, int len) {
        if (len < 1 || len > IdentitySyntax.MAX_LENGTH) {
            return false;
        }
        int label = 0;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (LABEL_CHARS.indexOf(c) < 0 || ++label > IdentitySyntax.MAX_LABEL) {
                return false;
            }
        }
        return true;
    }
}
