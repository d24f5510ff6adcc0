/**
 * The daemon runtime: how a role is found and started, and what a started node offers the CLI.
 *
 * <p>Roles are plugged in through {@link java.util.ServiceLoader}: each role module lists its
 * {@link io.pcrfd.pcrf.runtime.RoleRuntime} in {@code META-INF/services}. pcrf-core provides
 * the PCRF role; bpcf-agent provides the BPCF role. pcrf-core therefore never names
 * bpcf-agent, yet the one executable jar, which holds both, runs either.
 *
 * <p>Start-up failures that a user can fix (a port in use, an unresolvable peer, an unreadable
 * file) are {@link io.pcrfd.pcrf.runtime.StartupException}s whose message is one line saying
 * what and where; the CLI prints it and exits non-zero, never a bare stack trace.
 *
 * <p>Logging: the shipped {@code logback.xml} writes text lines ({@code %diameter} adds the
 * message being handled); {@code logging.format: json} switches to the shipped
 * {@code logback-json.xml} ({@link io.pcrfd.pcrf.runtime.LogFormat}), whose {@link
 * io.pcrfd.pcrf.runtime.DiameterJsonEncoder} is Logback's own JSON encoder with peer, Session-Id
 * and Hop-by-Hop id as fields. Decision: a switch in the node's configuration rather than only a
 * second file to point {@code -Dlogback.configurationFile} at, because containers are configured
 * by environment ({@code PCRFD_LOGGING_FORMAT=json}); the file also works on its own. While
 * the PCRF warms up, the throwaway copy's lines are formatted by the configured encoder and
 * dropped ({@link io.pcrfd.pcrf.runtime.WarmupLogging}; README "Fast start in CI").
 */
package io.pcrfd.pcrf.runtime;
