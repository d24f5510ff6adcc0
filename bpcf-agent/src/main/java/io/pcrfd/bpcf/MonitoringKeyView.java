package io.pcrfd.bpcf;

/**
 * One Monitoring-Key of an S9a session as the simulator shows it.
 *
 * @param monitoringKey Monitoring-Key
 * @param granted       the last Granted-Service-Unit the PCRF sent for it (CCA or RAR), null when none:
 *                      the BPCF reports when the usage since its last report reaches it
 * @param level         Usage-Monitoring-Level given with the grant (SESSION_LEVEL, PCC_RULE_LEVEL), or null
 * @param unreported    usage added and not yet reported (held for the grant, or in a CCR-U not yet answered)
 * @param reported      usage reported so far and answered with success
 */
public record MonitoringKeyView(String monitoringKey, Octets granted, String level, Octets unreported,
                                long reported) {
}
