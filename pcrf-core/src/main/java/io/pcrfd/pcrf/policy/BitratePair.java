package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Bitrate;
import io.pcrfd.pcrf.config.Required;

/**
 * An uplink/downlink pair of bit rates: APN-AMBR (AVPs 1041/1040), MBR (516/515) or GBR
 * (1026/1025).
 *
 * @param uplink   uplink bit rate
 * @param downlink downlink bit rate
 */
public record BitratePair(@Required Bitrate uplink, @Required Bitrate downlink) {
    public static BitratePair of(long uplinkBps, long downlinkBps) {
        return new BitratePair(Bitrate.ofBps(uplinkBps), Bitrate.ofBps(downlinkBps));
    }
}
