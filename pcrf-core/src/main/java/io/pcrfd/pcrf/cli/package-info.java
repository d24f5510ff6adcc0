/**
 * The {@code pcrfd} command line (picocli): {@code pcrfd run [--config FILE]},
 * {@code pcrfd version}, {@code pcrfd --help}.
 *
 * <p>Exit codes: 0 success; 1 a failure while running; 2 a usage or configuration error (one
 * line: file, key path, problem); 3 the node could not start (one line: what and where, for
 * example a port in use). A stack trace is never the only message: errors a user can fix are
 * printed as one line on standard error; anything else is logged once with its trace.
 */
package io.pcrfd.pcrf.cli;
