package io.pcrfd.pcrf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time (user + system) a process has used so far, from {@code /proc/PID/stat} (proc(5):
 * fields 14 utime and 15 stime, in clock ticks of 1/100 s on Linux), else from {@link
 * ProcessHandle}. Over a window of tens of seconds the 10 ms tick is well under 0.1 %.
 */
final class ProcessCpu {
    static final long UNKNOWN = -1;
    /** USER_HZ: 100 on every Linux architecture the JDK runs on (sysconf(_SC_CLK_TCK)). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used by {@code pid}, or {@link #UNKNOWN}. */
    static long nanos(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            return Files.isReadable(stat) ? fromStat(Files.readString(stat)) : fromHandle(pid);
        } catch (IOException | RuntimeException e) {
            return fromHandle(pid);
        }
    }

    /** Parses a stat line; the command name (field 2) may hold spaces and parentheses. */
    static long fromStat(String line) {
        String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state), so utime (14) and stime (15) are f[11] and f[12]
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK;
    }

    private static long fromHandle(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos)
                .orElse(UNKNOWN);
    }
}
