package io.pcrfd.store.model;

/**
 * Fixed-broadband access information a gateway reports for a UE on WLAN or behind an H(e)NB
 * (TS 29.212 §5.3.x: UE-Local-IP-Address, HeNB-Local-IP-Address, UDP-Source-Port; ETSI
 * Logical-Access-ID). Every field may be null (port: 0 when absent); these are what a
 * reverse-initiated trigger towards a BPCF carries (TS 29.215 §A.7.6.6).
 */
public record AccessInfo(String ueLocalIp, String henbLocalIp, int udpSourcePort,
                         String logicalAccessId) {

    public static final AccessInfo NONE = new AccessInfo(null, null, 0, null);

    public AccessInfo {
        if (udpSourcePort < 0 || udpSourcePort > 65535) {
            throw new IllegalArgumentException("UDP source port out of range: " + udpSourcePort);
        }
    }
}
