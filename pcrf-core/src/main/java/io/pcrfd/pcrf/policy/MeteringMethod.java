package io.pcrfd.pcrf.policy;

/** Metering-Method (TS 29.212 §5.3.8, AVP 1007). */
public enum MeteringMethod {
    DURATION(0),
    VOLUME(1),
    DURATION_VOLUME(2),
    EVENT(3);

    private final int code;

    MeteringMethod(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
