package io.pcrfd.pcrf.config;

/**
 * One broadband access line the BPCF admits QoS rules on. A line is found by the UE or H(e)NB
 * local IP (inside {@code prefix}, longest prefix first) or, when no prefix holds it, by the
 * Logical-Access-ID (ETSI ES 283 034 §7.3.3, AVP 302 vendor 13019) the trigger carries, which the
 * PCRF copies from the Gx session; admitted rules consume its capacity, a rule beyond it is
 * rejected.
 *
 * @param id              a name for logs and the simulator API
 * @param prefix          local IP prefix of the line (may be absent if the id is used)
 * @param logicalAccessId Logical-Access-ID of the line (may be absent if the prefix is used)
 * @param uplink          uplink capacity
 * @param downlink        downlink capacity
 */
public record AccessLineConfig(@Required String id, IpPrefix prefix, String logicalAccessId,
                               Bitrate uplink, Bitrate downlink) {
    public static final Bitrate DEFAULT_UPLINK = Bitrate.ofBps(20_000_000);
    public static final Bitrate DEFAULT_DOWNLINK = Bitrate.ofBps(100_000_000);

    public AccessLineConfig {
        InvalidValueException.check(id == null || prefix != null || logicalAccessId != null, "prefix",
                "a line needs a prefix or a logicalAccessId to be found by");
    }

    public static AccessLineConfig defaults() {
        return new AccessLineConfig(null, null, null, DEFAULT_UPLINK, DEFAULT_DOWNLINK);
    }
}
