package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.MeteringThreshold;

/** The next level of rated usage at which something changes for a policy. */
final class Boundaries {
    private Boundaries() {
    }

    /**
     * The lowest level above {@code used} (milli-octets): a threshold of the active policy, or
     * the quota (reaching it moves a service on to its next policy). For a policy above the active
     * one only its quota counts: its thresholds apply only while it is active itself.
     * {@link Long#MAX_VALUE} when there is none.
     */
    static long next(MeteringPolicy p, long used, boolean active) {
        long next = p.quotaMilli() > used ? p.quotaMilli() : Long.MAX_VALUE;
        if (active) {
            for (MeteringThreshold t : p.thresholds()) {
                long level = p.levelMilli(t);
                if (level > used && level < next) {
                    next = level;
                }
            }
        }
        return next;
    }
}
