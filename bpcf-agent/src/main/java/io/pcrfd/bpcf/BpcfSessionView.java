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
 */
public record BpcfSessionView(String sessionId, String pcrfHost, String lineId, String localIp, String imsi,
                              String apn, boolean up, List<String> admitted) {
}
