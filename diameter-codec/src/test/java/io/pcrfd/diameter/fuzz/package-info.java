/**
 * Coverage-guided fuzzing of the codec with Jazzer (libFuzzer in the JVM) through JUnit. Each
 * {@code @FuzzTest} replays its committed seed corpus on every build (regression mode) and
 * fuzzes when {@code JAZZER_FUZZ=1} (the {@code fuzz} profile and the short CI run; see the
 * module's pom and the README section "Fuzzing").
 *
 * <p>What every input must satisfy (RFC 6733 §7, the codec's own contract): the decoder returns a
 * value and never throws; a message it calls valid re-encodes to the same AVPs; the error answer
 * to a request it found faulty encodes and decodes cleanly; and the frame decoder never loses
 * its place: a well-formed frame holding any octets, followed by a valid DWR in the same stream,
 * yields two results, the second being that DWR unharmed. A header that breaks framing ends the
 * stream with a {@link io.pcrfd.diameter.codec.DiameterFramingException} and nothing else.
 */
package io.pcrfd.diameter.fuzz;
