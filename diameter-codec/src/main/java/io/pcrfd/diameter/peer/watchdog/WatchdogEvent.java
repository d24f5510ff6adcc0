package io.pcrfd.diameter.peer.watchdog;

/** The events of RFC 3539 §3.4.1; the Tw timer firing is an event. */
public enum WatchdogEvent {
    /** The transport connection (and CER/CEA) came up. */
    CONNECTION_UP,
    /** The transport connection went away. */
    CONNECTION_DOWN,
    /** A DWA arrived. */
    RECEIVE_DWA,
    /** Any other message arrived. */
    RECEIVE_NON_DWA,
    /** Tw elapsed. */
    TIMER_EXPIRES
}
