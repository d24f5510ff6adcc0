package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.store.model.TriggerIdentification;
import java.util.List;

/**
 * A snapshot of an S9 session this V-PCRF opened, for operators and tests.
 *
 * @param sessionId      its Session-Id
 * @param hPcrf          the H-PCRF's Origin-Host
 * @param identification what it was opened for (IMSI, APN, local IP)
 * @param qosRules       names of the QoS rules the H-PCRF has installed on it
 * @param gxSessions     Session-Ids of the local Gx IP-CAN sessions it serves
 */
public record VisitedS9SessionView(String sessionId, String hPcrf, TriggerIdentification identification,
                                   List<String> qosRules, List<String> gxSessions) {
}
