package io.pcrfd.pcrf.policy;

/** Flow-Status (TS 29.214 §5.3.11, AVP 511). */
public enum FlowStatus {
    ENABLED_UPLINK(0),
    ENABLED_DOWNLINK(1),
    ENABLED(2),
    DISABLED(3),
    REMOVED(4);

    private final int code;

    FlowStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
