package io.pcrfd.pcrf.policy;

/**
 * One Usage-Monitoring-Information report from a CCR-U or CCR-T: the Monitoring-Key and the
 * units used since the last report (TS 29.212 §4.5.16).
 *
 * @param monitoringKey Monitoring-Key
 * @param used          Used-Service-Unit
 */
public record UsageReport(String monitoringKey, UsedUnits used) {
}
