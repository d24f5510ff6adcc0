package io.pcrfd.pcrf.bench;

/** CPU time of the server (when its pid is known) and of this process over the measured window. */
final class CpuClock {
    private final long serverPid;
    private final long selfPid = ProcessHandle.current().pid();
    private long server0 = ProcessCpu.UNKNOWN;
    private long self0 = ProcessCpu.UNKNOWN;
    private long server = ProcessCpu.UNKNOWN;
    private long self = ProcessCpu.UNKNOWN;

    CpuClock(long serverPid) {
        this.serverPid = serverPid;
    }

    void begin() {
        server0 = serverPid > 0 ? ProcessCpu.nanos(serverPid) : ProcessCpu.UNKNOWN;
        self0 = ProcessCpu.nanos(selfPid);
    }

    void end() {
        server = delta(server0, serverPid > 0 ? ProcessCpu.nanos(serverPid) : ProcessCpu.UNKNOWN);
        self = delta(self0, ProcessCpu.nanos(selfPid));
    }

    private static long delta(long before, long after) {
        return before < 0 || after < 0 ? ProcessCpu.UNKNOWN : after - before;
    }

    long serverNanos() {
        return server;
    }

    long selfNanos() {
        return self;
    }
}
