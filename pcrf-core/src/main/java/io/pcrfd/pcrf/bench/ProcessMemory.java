package io.pcrfd.pcrf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of a process from {@code /proc/PID/status} (proc(5): {@code VmRSS}, the
 * resident set now, and {@code VmHWM}, its peak since the process started), in bytes.
 */
final class ProcessMemory {
    static final long UNKNOWN = -1;

    private ProcessMemory() {
    }

    /** The resident set of {@code pid} now, or {@link #UNKNOWN}. */
    static long rss(long pid) {
        return field(pid, "VmRSS:");
    }

    /** The largest resident set {@code pid} has had, or {@link #UNKNOWN}. */
    static long peak(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        if (pid <= 0) {
            return UNKNOWN;
        }
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")), name);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The value of a {@code Name:   1234 kB} line, in bytes, or {@link #UNKNOWN}. */
    static long parse(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                String[] f = line.substring(name.length()).trim().split("\\s+");
                return Long.parseLong(f[0]) * ("kB".equals(f.length > 1 ? f[1] : "") ? 1024 : 1);
            }
        }
        return UNKNOWN;
    }
}
