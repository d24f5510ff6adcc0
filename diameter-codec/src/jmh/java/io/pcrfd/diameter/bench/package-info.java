/**
 * JMH benchmarks of the codec's per-message path, built only with {@code -Pjmh}; figures and
 * the command are in {@code BENCHMARKS.md} at the repository root.
 */
package io.pcrfd.diameter.bench;
