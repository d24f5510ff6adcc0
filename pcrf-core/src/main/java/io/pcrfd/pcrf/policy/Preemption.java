package io.pcrfd.pcrf.policy;

/**
 * Pre-emption-Capability (AVP 1047) and Pre-emption-Vulnerability (AVP 1048): both are
 * ENABLED 0, DISABLED 1 (TS 29.212 §5.3.46, §5.3.47).
 */
public enum Preemption {
    ENABLED(0),
    DISABLED(1);

    private final int code;

    Preemption(int code) {
        this.code = code;
    }

    /** The enumerated value on the wire. */
    public int code() {
        return code;
    }
}
