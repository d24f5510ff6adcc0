package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a canonical dotted quad is packed, and it comes back as the very same text. */
class Ipv4TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.1.2", "127.0.0.1", "192.168.100.200", "255.255.255.255", "1.10.100.9"})
    void aCanonicalDottedQuadRoundTrips(String text) {
        long bits = Ipv4Text.pack(text);

        assertThat(bits).isBetween(0L, 0xFFFF_FFFFL);
        assertThat(Ipv4Text.unpack((int) bits)).isEqualTo(text);
    }

    @Test
    void theBitsAreTheAddressInNetworkOrder() {
        assertThat(Ipv4Text.pack("192.0.2.1")).isEqualTo(0xC000_0201L);
        assertThat(Ipv4Text.pack("255.255.255.255")).isEqualTo(0xFFFF_FFFFL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "256.1.1.1", "1.2.3.256", "1..2.3",
        "1.2.3.", ".1.2.3", " 1.2.3.4", "1.2.3.4 ", "1.2.3.a", "1.2.3.-4", "::1", "2001:db8::1", "1000.2.3.4",
        "1.2.3.4/32", "１.2.3.4"})
    void anythingElseIsNotPackedAndStaysText(String text) {
        assertThat(Ipv4Text.pack(text)).isEqualTo(Ipv4Text.NOT_PACKED);
    }

    @Test
    void nullIsNotPacked() {
        assertThat(Ipv4Text.pack(null)).isEqualTo(Ipv4Text.NOT_PACKED);
    }
}
