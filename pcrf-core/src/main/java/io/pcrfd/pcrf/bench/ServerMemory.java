package io.pcrfd.pcrf.bench;

/**
 * The server's resident memory over a run, sampled from {@code /proc/PID/status} by the
 * driver's main thread while it waits (every {@link #SAMPLE_MILLIS} ms). Bytes; {@code -1}
 * when not measured (no {@code --server-pid}, or not Linux).
 *
 * @param maxRss the largest VmRSS sampled during the run
 * @param endRss VmRSS after the run
 * @param peak   VmHWM after the run: the peak since the server started, earlier runs included
 */
public record ServerMemory(long maxRss, long endRss, long peak) {
    static final long SAMPLE_MILLIS = 200;
    static final ServerMemory UNKNOWN = new ServerMemory(ProcessMemory.UNKNOWN, ProcessMemory.UNKNOWN,
            ProcessMemory.UNKNOWN);

    public boolean known() {
        return endRss >= 0;
    }

    /** Samples of one run, taken on one thread. */
    static final class Sampler {
        private final long pid;
        private long max = ProcessMemory.UNKNOWN;

        Sampler(long pid) {
            this.pid = pid;
        }

        void sample() {
            max = Math.max(max, ProcessMemory.rss(pid));
        }

        ServerMemory finish() {
            if (pid <= 0) {
                return UNKNOWN;
            }
            sample();
            return new ServerMemory(max, ProcessMemory.rss(pid), ProcessMemory.peak(pid));
        }
    }
}
