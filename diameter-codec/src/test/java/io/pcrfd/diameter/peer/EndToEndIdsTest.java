package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6733 §3: high 12 bits from the clock, low 20 random, then incremented. */
class EndToEndIdsTest {
    @Test
    void highBitsFromTheClockLowBitsRandomThenIncrement() {
        EndToEndIds ids = new EndToEndIds(0x7123, 0xABCDE);
        assertThat(ids.next().value()).isEqualTo(0x123ABCDE);
        assertThat(ids.next().value()).isEqualTo(0x123ABCDF);
    }

    @Test
    void aRestartSecondsLaterStartsElsewhere() {
        int before = new EndToEndIds(1000, 0).next().value();
        int after = new EndToEndIds(1001, 0).next().value();
        assertThat(after - before).isEqualTo(1 << 20);
    }
}
