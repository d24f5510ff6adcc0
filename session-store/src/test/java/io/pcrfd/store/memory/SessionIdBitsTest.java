package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Session-Id ending in digits after a ';' packs them, and comes back as the very same text. */
class SessionIdBitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pgw.example.org;1234;5678", "pgw;0", "pgw;007", "a;b;c;00000000000000000",
        "pgw.example.org;1876543210;99999999999999999", "x;;1", ";42"})
    void anIdEndingInDigitsRoundTrips(String id) {
        int at = SessionIdBits.digitsAt(id);
        long bits = SessionIdBits.pack(id, at);

        assertThat(bits).isNotNegative();
        assertThat(SessionIdBits.unpack(id.substring(0, at), bits)).isEqualTo(id);
    }

    @Test
    void leadingZerosMakeADifferentId() {
        assertThat(SessionIdBits.pack("pgw;01", 4)).isNotEqualTo(SessionIdBits.pack("pgw;1", 4));
        assertThat(SessionIdBits.pack("pgw;0", 4)).isNotEqualTo(SessionIdBits.pack("pgw;00", 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pgw", "pgw;", "pgw;123456789012345678", "1234"})
    void anIdWithoutAShortNumberAfterItsLastSemicolonHasNoDigitsToPack(String id) {
        assertThat(SessionIdBits.digitsAt(id)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pgw;12a", "pgw;-1", "pgw; 1", "pgw;１2", "pgw;1.5"})
    void anythingButAsciiDigitsStaysText(String id) {
        assertThat(SessionIdBits.pack(id, SessionIdBits.digitsAt(id))).isEqualTo(SessionIdBits.NOT_PACKED);
    }
}
