/**
 * The node configuration: one YAML file per node, read into immutable records.
 *
 * <h2>Model</h2>
 * {@link io.pcrfd.pcrf.config.NodeConfig} holds one record per section ({@code role},
 * {@code diameter}, {@code store}, {@code policy}, {@code gx}, {@code establishment},
 * {@code rest}, {@code logging}, {@code bpcf}). Every record has named {@code DEFAULT_*}
 * constants and a static {@code defaults()}, so {@link io.pcrfd.pcrf.config.NodeConfig#defaults()}
 * is a runnable PCRF with no file: Diameter on 0.0.0.0:3868 (RFC 6733 §2.1) as
 * {@code pcrf.pcrfd.local} / {@code pcrfd.local}, in-memory store, the embedded default policy
 * in UTC, admin REST on 127.0.0.1:8080. {@code config/pcrf.yaml} writes every key out with its
 * default and a comment; a test keeps that true.
 *
 * <h2>Loading</h2>
 * <pre>
 *   YAML text --parse--> tree --PCRFD_* env--> tree --RecordBinder--> records --FileChecks--> NodeConfig
 *                                                      (overlay on defaults;   (files readable,
 *                                                       constructors check      TLS complete)
 *                                                       each value)
 * </pre>
 * {@link io.pcrfd.pcrf.config.ConfigLoader} does it in that order, so an environment override
 * is validated exactly like the file. Mistakes surface as one
 * {@link io.pcrfd.pcrf.config.ConfigException} with a one-line message that starts with the
 * file and the key's path: {@code pcrf.yaml: diameter.peers[1].tww: unknown key 'tww', did you
 * mean 'tw'?}. Only the first mistake is reported: the second often follows from the first.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Why our own binder ({@link io.pcrfd.pcrf.config.RecordBinder}) over Jackson databind:
 *     databind cannot tell an absent key from a zero, words errors in Java terms and has no
 *     notion of overlaying defaults. The binder is generic over records (no code per key).</li>
 * <li>Value checks live in the records' compact constructors (so a record built in code is
 *     checked the same way) and name their key through
 *     {@link io.pcrfd.pcrf.config.InvalidValueException}; the binder adds the path.</li>
 * <li>Units are explicit: durations need a unit ({@code 30s}), sizes may be SI ({@code 1GB},
 *     volume plans) or binary ({@code 1MiB}), bit rates are SI ({@code 10Mbps}). Numbers are
 *     refused where strings are expected, because YAML reads {@code 00101} as octal 65.</li>
 * <li>Limits from the specs: Tw at least 6 s (RFC 3539 §3.4.1), Tc above 0, Tx (request
 *     timeout) 10 s by default (RFC 4006 §13), message size at most 2^24-1 (RFC 6733 §3),
 *     Feature-List bits 0-31 (TS 29.229 §6.3.31), a TER is notify-only because it is sent with
 *     Auth-Session-State NO_STATE_MAINTAINED (TS 29.215 §A.7.6.6).</li>
 * <li>Relative file names (policy, PEM files) resolve against the configuration file's
 *     directory; the snapshot, which is written, resolves against the working directory.</li>
 * <li>Environment: {@code PCRFD_} + upper-snake path, list indexes as numbers, comma-separated
 *     value lists, map keys with underscores for dots; a {@code PCRFD_} name that matches no
 *     key is an error ({@link io.pcrfd.pcrf.config.EnvOverrides}). The loader takes the
 *     environment as a map, so tests never touch the real one.</li>
 * <li>The project-specific AVPs of the project's CCR/AAR trigger encodings default to vendor 32473,
 *     the enterprise number reserved for documentation (RFC 5612).</li>
 * </ul>
 */
package io.pcrfd.pcrf.config;
