package io.pcrfd.ocs.counter;

import java.time.Instant;

/**
 * A status a counter will take at a set time (TS 29.219 §4.5: Pending-Policy-Counter-Information,
 * {Policy-Counter-Status}{Pending-Policy-Counter-Change-Time}).
 */
public record PendingStatus(String status, Instant at) {
}
