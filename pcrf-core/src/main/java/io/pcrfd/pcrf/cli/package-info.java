/**
 * The {@code pcrfd} command line (picocli): {@code pcrfd run [--config FILE]},
 * {@code pcrfd version}, {@code pcrfd --help}, and the command groups other modules add through
 * {@link io.pcrfd.pcrf.cli.CliExtension} (ServiceLoader), such as {@code pcrfd bpcf} from
 * bpcf-agent.
 *
 * <p>Exit codes ({@link io.pcrfd.pcrf.cli.ExitCodes}): 0 success; 1 a failure while running; 2 a
 * usage or configuration error (one line: file, key path, problem); 3 the node could not start
 * (one line: what and where, for example a port in use). Commands that are clients of a REST API
 * (the BPCF simulator's) add: 4 the API rejected the request (HTTP 4xx); 5 the API failed to
 * carry it out (HTTP 5xx); 6 the API is not reachable or did not answer in time. A stack trace is never the only message: errors a user can fix are
 * printed as one line on standard error; anything else is logged once with its trace.
 */
package io.pcrfd.pcrf.cli;
