package io.pcrfd.pcrf.policy;

/**
 * Usage-Monitoring-Level (TS 29.212 §5.3.60, AVP 1068): {@code session} (SESSION_LEVEL 0)
 * counts everything the session carries; {@code rule} (PCC_RULE_LEVEL 1) counts the traffic of
 * the PCC rules that carry the monitoring key.
 */
public enum MonitoringLevel {
    SESSION(0),
    RULE(1);

    private final int code;

    MonitoringLevel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
