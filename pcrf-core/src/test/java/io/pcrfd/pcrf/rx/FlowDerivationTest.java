package io.pcrfd.pcrf.rx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rx Flow-Description (TS 29.214 §5.3.8) to Gx Flow-Information (TS 29.212 §5.4.2). */
class FlowDerivationTest {

    @Test
    void anOutFilterIsDownlinkAndKeptAsItIs() {
        assertThat(FlowDerivation.toGx("permit out 17 from 198.51.100.7 49152 to 10.1.2.3 5000", null))
                .isEqualTo(new Flow("permit out 17 from 198.51.100.7 49152 to 10.1.2.3 5000", FlowDirection.DOWNLINK));
    }

    @Test
    void anInFilterIsUplinkWithItsEndsSwapped() {
        assertThat(FlowDerivation.toGx("permit in 17 from 10.1.2.3 5001 to 198.51.100.7 49153", null))
                .isEqualTo(new Flow("permit out 17 from 198.51.100.7 49153 to 10.1.2.3 5001", FlowDirection.UPLINK));
    }

    @Test
    void portsMayBeAbsentListedOrRangesAndAddressesPrefixesOrAny() {
        assertThat(FlowDerivation.toGx("permit in ip from 2001:db8::1/128 to any", null))
                .isEqualTo(new Flow("permit out ip from any to 2001:db8::1/128", FlowDirection.UPLINK));
        assertThat(FlowDerivation.toGx("permit out 6 from 192.0.2.0/24 80,443,8000-8080 to 10.0.0.1", null).description())
                .isEqualTo("permit out 6 from 192.0.2.0/24 80,443,8000-8080 to 10.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deny out 17 from any to any", "permit out 17 from any to any frag",
            "permit both 17 from any to any", "permit out 17 from any 70000 to any", "permit out 17 from host to any",
            "permit out 17 from any 1-2-3 to any", ""})
    void whatRxDoesNotAllowIsFilterRestrictions(String description) {
        assertThatThrownBy(() -> FlowDerivation.toGx(description, null))
                .isInstanceOfSatisfying(RxRefusal.class, e -> assertThat(e.result())
                        .isEqualTo(FlowDerivation.FILTER_RESTRICTIONS));
    }
}
