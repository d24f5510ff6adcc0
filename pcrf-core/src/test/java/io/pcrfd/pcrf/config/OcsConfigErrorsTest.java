package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistake in the {@code ocs} section is one line naming the key's path. */
class OcsConfigErrorsTest {
    private static final String ACCOUNT = "ocs: {accounts: [{subscribers: ['1'], containers: [%s], counters: [%s]}]}";

    private static String error(String yaml) {
        try {
            ConfigLoader.load(yaml, null, Map.of());
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{id: d, unit: litres, balance: '1'}||ocs.accounts[0].containers[0].unit: expected one of octets, seconds, money, got 'litres'",
        "{id: d, unit: octets, balance: 'lots'}||ocs.accounts[0].containers[0].balance: expected a size like 1048576, 64KiB, 1MiB or 1GB, got 'lots'",
        "{id: d, unit: money, balance: '-5'}||ocs.accounts[0].containers[0].balance: expected a whole, non-negative number of minor currency units, got '-5'",
        "{id: d, unit: octets, balance: 1MB, tariff: {octets: 1 per 1MB}}||ocs.accounts[0].containers[0].tariff: only a money container has a tariff (this one counts octets)",
        "{id: w, unit: money, balance: '5', tariff: {octets: 0 per 1MB}}||ocs.accounts[0].containers[0].tariff.octets: price and quantity must both be at least 1, got '0 per 1MB'",
        "{id: w, unit: money, balance: '5', tariff: {seconds: two per minute}}||ocs.accounts[0].containers[0].tariff.seconds: expected 'PRICE per QUANTITY' (2 per 1MB, 5 per 60s), got 'two per minute'",
        "{id: d, unit: octets, balance: 1MB}, {id: d, unit: seconds, balance: 60s}||ocs.accounts[0].containers[1].id: container 'd' is listed twice",
        "{id: d, unit: octets, balance: 1MB}|{id: c, container: x}|ocs.accounts[0].counters[0].container: no container 'x' in this account; it has [d]",
        "{id: d, unit: octets, balance: 1MB}|{id: c, container: d, thresholds: [{status: low, atOrBelow: 120%}]}|ocs.accounts[0].counters[0].thresholds[0].atOrBelow: a percentage must be 0% to 100%, got '120%'",
        "{unit: octets, balance: 1MB}||ocs.accounts[0].containers[0].id: missing required key",
    })
    void containerAndCounterMistakes(String containers, String counters, String message) {
        assertThat(error(ACCOUNT.formatted(containers, counters == null ? "" : counters))).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ocs: {intervals: {octets: '0'}}|ocs.intervals.octets: a charging interval must be at least one unit (CC-Time is an Unsigned32)",
        "ocs: {validityTime: 0s}|ocs.validityTime: must be 1 s to 2^32-1 s",
        "ocs: {ratingGroups: {ten: seconds}}|ocs.ratingGroups.ten: a Rating-Group is an Unsigned32 number",
        "ocs: {accounts: [{subscribers: [], containers: [{id: d, unit: octets, balance: '1'}]}]}|ocs.accounts[0].subscribers: an account needs at least one subscriber id",
        "ocs: {accounts: [{subscribers: ['1'], containers: [{id: d, unit: octets, balance: '1'}]}, {subscribers: ['1'], containers: [{id: d, unit: octets, balance: '1'}]}]}|ocs.accounts[1].subscribers: subscriber '1' already names another account",
    })
    void sectionMistakes(String yaml, String message) {
        assertThat(error(yaml)).isEqualTo(message);
    }
}
