package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;
import org.junit.jupiter.api.Test;

/** A trafficId packed into 64 bits: the same id back, and equal bits exactly for equal ids. */
class SubscriberBitsTest {

    @Test
    void imsisAndMsisdnsOfUpTo16DigitsComeBackAsTheyWere() {
        for (SubscriberId id : new SubscriberId[] {SubscriberId.imsi("001010000000001"),
            SubscriberId.imsi("0"), SubscriberId.imsi("000000000000000"), SubscriberId.msisdn("46700000001"),
            SubscriberId.msisdn("9999999999999999"), SubscriberId.imsi("310150123456789")}) {
            long bits = SubscriberBits.pack(id);

            assertThat(bits).as(id.toString()).isNotEqualTo(SubscriberBits.NOT_PACKED);
            assertThat(SubscriberBits.unpack(bits)).isEqualTo(id);
        }
    }

    @Test
    void leadingZerosAndTheTypeKeepIdsApart() {
        assertThat(SubscriberBits.pack(SubscriberId.imsi("001"))).isNotEqualTo(SubscriberBits.pack(SubscriberId.imsi("01")))
                .isNotEqualTo(SubscriberBits.pack(SubscriberId.imsi("1")));
        assertThat(SubscriberBits.pack(SubscriberId.imsi("4670001")))
                .isNotEqualTo(SubscriberBits.pack(SubscriberId.msisdn("4670001")));
    }

    @Test
    void anythingElseStaysText() {
        assertThat(SubscriberBits.pack(SubscriberId.imsi("12345678901234567"))).as("17 digits")
                .isEqualTo(SubscriberBits.NOT_PACKED);
        assertThat(SubscriberBits.pack(SubscriberId.msisdn("+46700000001"))).isEqualTo(SubscriberBits.NOT_PACKED);
        assertThat(SubscriberBits.pack(SubscriberId.imsi("00101abc"))).isEqualTo(SubscriberBits.NOT_PACKED);
        assertThat(SubscriberBits.pack(new SubscriberId(SubscriberIdType.NAI, "123"))).isEqualTo(SubscriberBits.NOT_PACKED);
    }

    @Test
    void anIdThatDidNotPackHashesByItsValue() {
        SubscriberId a = SubscriberId.msisdn("+46700000001");
        SubscriberId b = SubscriberId.msisdn(new String("+46700000001"));

        assertThat(SubscriberBits.hash(SubscriberBits.NOT_PACKED, a))
                .isEqualTo(SubscriberBits.hash(SubscriberBits.NOT_PACKED, b));
    }
}
