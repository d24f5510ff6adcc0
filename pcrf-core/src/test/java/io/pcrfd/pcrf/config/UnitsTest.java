package io.pcrfd.pcrf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations, sizes, bit rates and prefixes as written in YAML. */
class UnitsTest {

    @ParameterizedTest
    @CsvSource({"500ms,500", "30s,30000", "5m,300000", "2h,7200000", "1d,86400000", "0s,0", "30 s,30000"})
    void durations(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @Property
    void durationFormatParsesBackToTheSameDuration(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long millis) {
        Duration d = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }

    @ParameterizedTest
    @CsvSource({"1048576,1048576", "1MiB,1048576", "64KiB,65536", "1GB,1000000000", "1.5GB,1500000000",
        "1GiB,1073741824", "10 MB,10000000", "0,0", "2TB,2000000000000"})
    void sizes(String text, long bytes) {
        assertThat(DataSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @Test
    void sizesThatAreNotWholeOctetsOrDoNotFitAreRefused() {
        assertThatThrownBy(() -> DataSize.parse("1.5B")).hasMessage("'1.5B' is not a whole number that fits in 64 bits");
        assertThatThrownBy(() -> DataSize.parse("99999999TB"))
                .hasMessage("'99999999TB' is not a whole number that fits in 64 bits");
        assertThatThrownBy(() -> DataSize.parse("1gb"))
                .hasMessage("expected a size like 1048576, 64KiB, 1MiB or 1GB, got '1gb'");
    }

    @ParameterizedTest
    @CsvSource({"64000,64000", "512kbps,512000", "10Mbps,10000000", "1.5Gbps,1500000000", "100 bps,100"})
    void bitrates(String text, long bps) {
        assertThat(Bitrate.parse(text).bitsPerSecond()).isEqualTo(bps);
    }

    @Test
    void prefixesMatchByLengthAndFamily() throws Exception {
        IpPrefix p = IpPrefix.parse("198.51.100.77/24");
        assertThat(p.toString()).isEqualTo("198.51.100.0/24");
        assertThat(p.contains(InetAddress.getByName("198.51.100.255"))).isTrue();
        assertThat(p.contains(InetAddress.getByName("198.51.101.0"))).isFalse();
        assertThat(p.contains(InetAddress.getByName("::1"))).isFalse();
        IpPrefix v6 = IpPrefix.parse("2001:db8::/32");
        assertThat(v6.contains(InetAddress.getByName("2001:db8:ffff::1"))).isTrue();
        assertThat(IpPrefix.parse("10.1.2.3").length()).isEqualTo(32);
        assertThat(IpPrefix.parse("0.0.0.0/0").contains(InetAddress.getByName("8.8.8.8"))).isTrue();
    }

    @Test
    void hostNamesAreNotPrefixes() {
        assertThatThrownBy(() -> IpPrefix.parse("bpcf.lab/24"))
                .hasMessage("expected an IP prefix like 192.0.2.0/24, got 'bpcf.lab/24'");
    }

    @Property
    void anIpv4AddressIsInsideEveryPrefixBuiltFromIt(@ForAll @Size(4) byte[] raw, @ForAll @LongRange(min = 0, max = 32) long len)
            throws Exception {
        InetAddress a = InetAddress.getByAddress(raw);
        assertThat(new IpPrefix(a, (int) len).contains(a)).isTrue();
    }
}
