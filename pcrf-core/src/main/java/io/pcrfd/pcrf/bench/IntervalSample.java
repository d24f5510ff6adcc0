package io.pcrfd.pcrf.bench;

import org.HdrHistogram.Histogram;

/**
 * What one connection had seen when the live progress asked: counts since the start of the run
 * and the latencies of the 2001 answers since the previous sample.
 *
 * @param succeeded answers 2001 so far
 * @param refused   answers 3004 DIAMETER_TOO_BUSY so far
 * @param failed    answers with any other result so far
 * @param timeouts  requests given up after the request timeout so far
 * @param latency   nanoseconds of the 2001 answers since the previous sample
 */
record IntervalSample(long succeeded, long refused, long failed, long timeouts, Histogram latency) {
}
