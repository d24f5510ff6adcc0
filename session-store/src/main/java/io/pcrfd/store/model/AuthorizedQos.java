package io.pcrfd.store.model;

/**
 * QoS authorised for the default bearer (TS 29.212 §5.3.17 QoS-Information, §5.3.48
 * Default-EPS-Bearer-QoS) with the session context names. Bit rates are in bits per
 * second as on the wire; the exposure layer converts to kbit/s. ARP pre-emption flags are
 * stored as "enabled" booleans (true = ENABLED), which is the inverse of the exposed arpPci/arpPvi
 * (true = DISABLED); the exposure layer inverts them when it prints the context.
 *
 * @param bearerId the bearer identifier as the gateway sent it, e.g. {@code 0x05}; may be null
 */
public record AuthorizedQos(int qci, long apnAmbrUl, long apnAmbrDl, int arpPriority,
                            boolean arpPreemptionCapability, boolean arpPreemptionVulnerability,
                            String bearerId, long mbrUl, long mbrDl) {

    public AuthorizedQos {
        if (qci < 0 || qci > 255) {
            throw new IllegalArgumentException("QCI out of range: " + qci);
        }
        if (arpPriority < 0 || arpPriority > 15) {
            throw new IllegalArgumentException("ARP priority out of range: " + arpPriority);
        }
    }
}
