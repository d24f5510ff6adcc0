package io.pcrfd.pcrf.policy;

/**
 * Media-Type (TS 29.214 §5.3.19, AVP 520) of an Rx media component, as policies name it
 * ({@code audio}, {@code video}, ...). A value without a name (a later release's) is
 * {@link #OTHER}.
 */
public enum MediaKind {
    AUDIO(0), VIDEO(1), DATA(2), APPLICATION(3), CONTROL(4), TEXT(5), MESSAGE(6), OTHER(0xFFFF_FFFFL);

    private final long code;

    MediaKind(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }

    /** The kind of a Media-Type value; {@link #OTHER} for a value without a name. */
    public static MediaKind of(long code) {
        for (MediaKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return OTHER;
    }
}
