package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Usage owners as numbers: a number stands for exactly its owner (back to the same text,
 * leading zeros included) and two owners share one only when they are equal, so the table
 * never mixes two owners' totals. Owners are drawn around the edges: the two digit prefixes,
 * 0 to 20 digits (17 is the most kept as a number), leading zeros, a non-digit, other prefixes.
 */
class UsageKeysTest {

    @Property(tries = 3000)
    void aNumberStandsForExactlyItsOwner(@ForAll("owners") String a, @ForAll("owners") String b) {
        long pa = UsageKeys.packedOwner(a);
        long pb = UsageKeys.packedOwner(b);
        if (pa != 0) {
            assertThat(UsageKeys.ownerText(pa)).isEqualTo(a);
            assertThat(pa == pb).isEqualTo(a.equals(b));
        }
    }

    @Example
    void anImsiOrMsisdnOfUpTo17DigitsIsANumberAndNothingElseIs() {
        assertThat(UsageKeys.packedOwner("IMSI:001010123456789")).isEqualTo(15L << 57 | 1010123456789L);
        assertThat(UsageKeys.packedOwner("MSISDN:491711234567")).isEqualTo(1L << 62 | 12L << 57 | 491711234567L);
        assertThat(UsageKeys.packedOwner("IMSI:99999999999999999")).isEqualTo(17L << 57 | 99999999999999999L);
        assertThat(UsageKeys.packedOwner("IMSI:999999999999999999")).isZero();
        assertThat(UsageKeys.packedOwner("IMSI:")).isZero();
        assertThat(UsageKeys.packedOwner("IMSI:0010x")).isZero();
        assertThat(UsageKeys.packedOwner("SESSION:pgw;1;1")).isZero();
        assertThat(UsageKeys.packedOwner("NAI:001")).isZero();
    }

    @Provide
    Arbitrary<String> owners() {
        Arbitrary<String> prefix = Arbitraries.of("IMSI:", "MSISDN:", "NAI:", "SESSION:", "IMSI", "");
        Arbitrary<String> digits = Arbitraries.strings().withChars("0019").ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> tail = Arbitraries.of("", "", "", "x", ":", " ");
        return Combinators.combine(prefix, digits, tail).as((p, d, t) -> p + d + t);
    }
}
