package io.pcrfd.store.model;

/**
 * What a trigger tells the peer so that its CCR-I can be matched back (TS 29.215
 * §A.7.6.6 TER): the UE or H(e)NB local IP address, the IMSI, the APN, and the
 * id the PCRF assigned. Any field may be null; a match uses the first the CCR-I carries in
 * the order id, UE local IP, H(e)NB local IP, IMSI + APN.
 */
public record TriggerIdentification(String assignedId, String ueLocalIp, String henbLocalIp,
                                    String imsi, String apn) {

    /**
     * The local address that makes triggers exclusive: no second trigger while one is pending
     * for the same UE (or, when there is no UE address, H(e)NB) local IP. Null when neither.
     */
    public String localIp() {
        return ueLocalIp != null ? ueLocalIp : henbLocalIp;
    }
}
