package io.pcrfd.diameter.peer;

import io.netty.util.ResourceLeakDetector;

/**
 * Netty's buffer leak detector, off in a node unless the operator asks for it.
 *
 * <p>At Netty's default level ({@code simple}) the detector wraps one buffer in 128 when it is
 * allocated and records a stack trace for it (a {@code Throwable} filled in) when it is made
 * and when it is released, and every pipeline hop of any buffer calls {@code touch} on it. On
 * the request path that is a few percent of the event loops' CPU for a diagnostic that only
 * ever logs. The peer layer's buffers are short-lived and released in one place each (a frame
 * by {@code DiameterMessageCodec} or {@link RequestAdmission}, an encoded message by the
 * transport after its write), so the node turns the detector off when it is created.
 *
 * <p>Setting {@value #PROPERTY} (or Netty's older {@code io.netty.leakDetectionLevel}) on the
 * command line keeps Netty's own handling of it, e.g. {@code -Dio.netty.leakDetection.level=paranoid}
 * when hunting a leak. The level is global to the JVM, as Netty keeps it.
 */
final class LeakDetection {
    static final String PROPERTY = "io.netty.leakDetection.level";
    private static final String LEGACY_PROPERTY = "io.netty.leakDetectionLevel";

    private LeakDetection() {
    }

    /** Turns Netty's leak detector off unless a level was set on the command line. */
    static void offUnlessAsked() {
        if (System.getProperty(PROPERTY) == null && System.getProperty(LEGACY_PROPERTY) == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }
}
