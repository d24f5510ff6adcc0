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
 */
package io.pcrfd.pcrf.runtime;
