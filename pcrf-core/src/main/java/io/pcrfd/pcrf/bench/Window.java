package io.pcrfd.pcrf.bench;

/**
 * The measured window on the {@link System#nanoTime()} clock: answers arriving inside it are
 * counted and their latency recorded. A count-bounded run measures everything.
 */
record Window(long startNanos, long endNanos) {
    static final Window EVERYTHING = new Window(Long.MIN_VALUE, Long.MAX_VALUE);

    boolean contains(long nanos) {
        return nanos >= startNanos && nanos <= endNanos;
    }
}
