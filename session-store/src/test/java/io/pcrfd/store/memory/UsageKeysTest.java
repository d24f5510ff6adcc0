package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compact stored form of usage keys: it stands for exactly its key (back to the same
 * owner string, leading zeros included) and two keys share a form only when they are equal, so
 * the store never mixes two owners' totals. Owners are drawn around the edges: the two digit
 * prefixes, 0 to 20 digits (18 is the most kept as a number), leading zeros, a non-digit, other
 * prefixes.
 */
class UsageKeysTest {

    @Property(tries = 2000)
    void theStoredFormStandsForExactlyItsKey(@ForAll("keys") UsageKey a, @ForAll("keys") UsageKey b) {
        assertThat(UsageKeys.expand(UsageKeys.of(a))).isEqualTo(a);
        assertThat(UsageKeys.of(a).equals(UsageKeys.of(b))).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(UsageKeys.of(a).hashCode()).isEqualTo(UsageKeys.of(b).hashCode());
        }
    }

    @Property(tries = 500)
    void theStoreKeepsTotalsApartForKeysThatDiffer(@ForAll("keys") UsageKey a, @ForAll("keys") UsageKey b) {
        InMemoryUsageStore usage = new InMemoryUsageStore(new TestClock(Instant.parse("2026-01-01T00:00:00Z")));
        long exp = Instant.parse("2026-02-01T00:00:00Z").toEpochMilli();
        usage.addNow(a, 10, 6, 4, 1, exp);
        UsageTotals afterB = usage.addNow(b, 10, 6, 4, 1, exp);

        assertThat(afterB.totalOctets()).isEqualTo(a.equals(b) ? 20 : 10);
        assertThat(usage.all()).extracting(UsageEntry::key).containsExactlyInAnyOrder(
                a.equals(b) ? new UsageKey[] {a} : new UsageKey[] {a, b});
    }

    @Example
    void anImsiOrMsisdnOwnerIsKeptAsANumberAndOthersAsTheyAre() {
        assertThat(UsageKeys.of(new UsageKey("IMSI:001010123456789", "mk1")))
                .isEqualTo(new UsageKeys.Digits(1010123456789L, (byte) 0, (byte) 15, "mk1"));
        assertThat(UsageKeys.of(new UsageKey("MSISDN:491711234567", "mk1")))
                .isEqualTo(new UsageKeys.Digits(491711234567L, (byte) 1, (byte) 12, "mk1"));
        UsageKey session = new UsageKey("SESSION:pgw;1;1", "mk1");
        assertThat(UsageKeys.of(session)).isSameAs(session);
        UsageKey tooLong = new UsageKey("IMSI:0010101234567890123", "mk1");
        assertThat(UsageKeys.of(tooLong)).isSameAs(tooLong);
    }

    @Provide
    Arbitrary<UsageKey> keys() {
        Arbitrary<String> prefix = Arbitraries.of("IMSI:", "MSISDN:", "NAI:", "SESSION:", "IMSI", "");
        Arbitrary<String> digits = Arbitraries.strings().withChars("0019").ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> tail = Arbitraries.of("", "", "", "x", ":", " ");
        Arbitrary<String> owner = Combinators.combine(prefix, digits, tail).as((p, d, t) -> p + d + t);
        return Combinators.combine(owner, Arbitraries.of("mk1", "mk2", "")).as(UsageKey::new);
    }
}
