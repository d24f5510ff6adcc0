package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void utimeAndStimeAreFields14And15InTicksOfTenMilliseconds() {
        String line = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 9000 0 0 0 250 31 0 0 20 0 40 0 123 "
                + "5000000000 60000 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";
        assertThat(ProcessCpu.fromStat(line)).isEqualTo((250 + 31) * 10_000_000L);
    }

    @Test
    void thisProcessHasUsedSomeCpuAndAnUnknownPidIsUnknown() {
        assertThat(ProcessCpu.nanos(ProcessHandle.current().pid())).isPositive();
        assertThat(ProcessCpu.nanos(Integer.MAX_VALUE)).isEqualTo(ProcessCpu.UNKNOWN);
    }
}
