package io.pcrfd.pcrf.policy;

/** CC-Request-Type (RFC 4006 §8.3, AVP 416). */
public enum CcRequestType {
    INITIAL(1),
    UPDATE(2),
    TERMINATION(3),
    EVENT(4);

    private final int code;

    CcRequestType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
