package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void vmRssAndVmHwmAreReadInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  812340 kB\nVmRSS:\t  640000 kB\nThreads:\t42\n";
        assertThat(ProcessMemory.parse(status, "VmRSS:")).isEqualTo(640_000L * 1024);
        assertThat(ProcessMemory.parse(status, "VmHWM:")).isEqualTo(812_340L * 1024);
        assertThat(ProcessMemory.parse(status, "VmSwap:")).isEqualTo(ProcessMemory.UNKNOWN);
    }

    @Test
    void thisProcessIsResidentAndAnUnknownPidIsUnknown() {
        long pid = ProcessHandle.current().pid();
        assertThat(ProcessMemory.rss(pid)).isPositive();
        assertThat(ProcessMemory.peak(pid)).isGreaterThanOrEqualTo(ProcessMemory.rss(pid) / 2);
        assertThat(ProcessMemory.rss(Integer.MAX_VALUE)).isEqualTo(ProcessMemory.UNKNOWN);
        assertThat(ProcessMemory.rss(0)).isEqualTo(ProcessMemory.UNKNOWN);
    }
}
