/**
 * {@code pcrfd ocs}: the OCS simulator's command line, a thin client of its REST API
 * ({@code io.pcrfd.ocs.OcsRestServer}): {@code accounts}, {@code account}, {@code top-up},
 * {@code status}, {@code sy-sessions}, {@code gy-sessions}; every one takes
 * {@code [--api URL]}, default http://127.0.0.1:8084 (rest.port of config/ocs.yaml).
 */
package io.pcrfd.ocs.cli;
