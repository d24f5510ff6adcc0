package io.pcrfd.pcrf.policy;

/** Flow-Direction (TS 29.212 §5.3.65, AVP 1080). */
public enum FlowDirection {
    UNSPECIFIED(0),
    DOWNLINK(1),
    UPLINK(2),
    BIDIRECTIONAL(3);

    private final int code;

    FlowDirection(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
