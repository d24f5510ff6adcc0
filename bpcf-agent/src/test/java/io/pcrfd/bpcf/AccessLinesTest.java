package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.AccessLineConfig;
import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.IpPrefix;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admission per broadband access line. */
class AccessLinesTest {
    private final AccessLines lines = new AccessLines(List.of(
            new AccessLineConfig("wide", IpPrefix.parse("10.0.0.0/16"), null, Bitrate.ofBps(10_000_000),
                    Bitrate.ofBps(50_000_000)),
            new AccessLineConfig("narrow", IpPrefix.parse("10.0.1.0/24"), "dslam-7", Bitrate.ofBps(1_000_000),
                    Bitrate.ofBps(4_000_000))));

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void lineIsFoundByLongestPrefixThenByLogicalAccessId() throws Exception {
        assertThat(lines.lineFor(ip("10.0.1.9"), null)).hasValue("narrow");
        assertThat(lines.lineFor(ip("10.0.2.9"), null)).hasValue("wide");
        assertThat(lines.lineFor(ip("192.0.2.1"), "dslam-7")).hasValue("narrow");
        assertThat(lines.lineFor(ip("192.0.2.1"), null)).isEmpty();
    }

    @Test
    void rulesUseCapacityUntilItRunsOutThenAreRejectedWithResourcesLimitation() {
        assertThat(lines.admit("narrow", "s1", new QosDemand("a", 500_000, 3_000_000))).isInstanceOf(Admission.Admitted.class);
        Admission b = lines.admit("narrow", "s1", new QosDemand("b", 100_000, 1_000_001));
        assertThat(b).isInstanceOfSatisfying(Admission.Rejected.class, r -> {
            assertThat(r.ruleFailureCode()).isEqualTo(5);
            assertThat(r.reason()).contains("500000/1000000 free"); // up 1M - 0.5M, down 4M - 3M
        });
        assertThat(lines.admit("narrow", "s1", new QosDemand("b", 100_000, 1_000_000))).isInstanceOf(Admission.Admitted.class);
        assertThat(lines.usage("narrow").dlUsed()).isEqualTo(4_000_000);
    }

    @Test
    void reinstallReplacesAndReleaseFrees() {
        lines.admit("narrow", "s1", new QosDemand("a", 0, 3_000_000));
        assertThat(lines.admit("narrow", "s1", new QosDemand("a", 0, 4_000_000))).isInstanceOf(Admission.Admitted.class);
        assertThat(lines.admit("narrow", "s1", new QosDemand("a", 0, 5_000_000))).isInstanceOf(Admission.Rejected.class);
        assertThat(lines.usage("narrow").dlUsed()).isEqualTo(4_000_000); // the rejected re-install kept the old one
        lines.admit("narrow", "s2", new QosDemand("x", 1_000_000, 0));
        lines.releaseSession("narrow", "s1");
        assertThat(lines.usage("narrow")).isEqualTo(new AccessLines.LineUsage("narrow", 1_000_000, 4_000_000,
                1_000_000, 0, 1));
        lines.release("narrow", "s2", "x");
        assertThat(lines.usage("narrow").rules()).isZero();
    }
}
