package io.pcrfd.pcrf.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IMSI list's {ipaddr} in the text form the store's address indexes hold. */
class IpQueriesTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, 10.0.0.1",
        "010.000.000.001, 10.0.0.1",
    })
    void ipv4AddressesAreCanonical(String text, String stored) {
        assertThat(IpQueries.parse(text)).isEqualTo(new AnalyticsApi.IpQuery(stored, null));
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8:1:2::/64, 2001:db8:1:2:0:0:0:0/64",
        "2001:db8:1:2::99, 2001:db8:1:2:0:0:0:0/64",
        "467C:94FA:9125:F696, 467c:94fa:9125:f696:0:0:0:0/64",
        "2001:db8:1:2:ffff::/56, 2001:db8:1:0:0:0:0:0/56",
        "::/0, 0:0:0:0:0:0:0:0/0",
    })
    void ipv6FormsBecomeTheMaskedPrefix(String text, String stored) {
        assertThat(IpQueries.parse(text)).isEqualTo(new AnalyticsApi.IpQuery(null, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0", "10.0.0.256", "pcrf.example", "localhost", "2001:db8::/129", "1:2:3",
        "::ffff:10.0.0.1", "2001:db8:::1", "", "10.0.0.1/24"})
    void anythingElseIs400BadIpFormatAndNeverALookup(String text) {
        assertThatThrownBy(() -> IpQueries.parse(text)).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).isEqualTo("bad IP format");
        });
    }
}
