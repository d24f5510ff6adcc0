package io.pcrfd.bpcf;

/**
 * What a simulator usage command did.
 *
 * @param sessionId     the S9a session the usage went to; null when none serves the target
 * @param monitoringKey the Monitoring-Key
 * @param sent          a CCR-U went out (false: held until the grant is reached)
 * @param resultCode    the PCRF's Result-Code to that CCR-U; 5002 when no session serves the
 *                      target; null when held
 * @param reported      the Used-Service-Unit the CCR-U carried; null when held
 * @param unreported    the key's usage not reported after this command (held, or given back
 *                      because the CCR-U failed)
 */
public record UsageResult(String sessionId, String monitoringKey, boolean sent, Long resultCode, Octets reported,
                          Octets unreported) {
}
