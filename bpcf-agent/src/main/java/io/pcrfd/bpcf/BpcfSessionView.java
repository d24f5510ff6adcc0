package io.pcrfd.bpcf;

import java.util.List;

/**
 * A BPCF session as the simulator lists it.
 *
 * @param sessionId the S9a Session-Id this BPCF chose
 * @param pcrfHost  the PCRF it was opened towards (a TER's PCRF-Address, else the trigger's Origin-Host)
 * @param lineId    the broadband access line
 * @param localIp   UE or H(e)NB local IP
 * @param up        the PCRF answered the CCR-I with success
 * @param admitted  QoS rules admitted on the line
 * @param rules     the admitted rules with the QoS they were last installed with (a throttle shows here)
 * @param usage     usage per Monitoring-Key: the last grant, what is unreported, what was reported
 */
public record BpcfSessionView(String sessionId, String pcrfHost, String lineId, String localIp, String imsi,
                              String apn, boolean up, List<String> admitted, List<QosRuleView> rules,
                              List<MonitoringKeyView> usage) {
}
