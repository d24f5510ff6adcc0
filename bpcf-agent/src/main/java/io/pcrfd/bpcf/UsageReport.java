package io.pcrfd.bpcf;

/**
 * The usage of one Monitoring-Key going out in one Usage-Monitoring-Information (TS 29.212
 * §5.3.60) of a CCR-U or CCR-T.
 *
 * @param monitoringKey Monitoring-Key
 * @param used          Used-Service-Unit
 * @param level         Usage-Monitoring-Level the PCRF gave with the key's grant, echoed; null when none
 */
public record UsageReport(String monitoringKey, Octets used, Integer level) {
}
