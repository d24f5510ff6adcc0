package io.pcrfd.diameter.peer.watchdog;

/** The actions of the RFC 3539 §3.4.1 algorithm, carried out by the peer runtime. */
public enum WatchdogAction {
    /** SetWatchdog: restart the Tw timer (with fresh jitter). */
    SET_WATCHDOG,
    /** SendWatchdog: send a DWR. */
    SEND_WATCHDOG,
    /** Failover: routing stops choosing this peer. */
    FAILOVER,
    /** Failback: routing may choose this peer again. */
    FAILBACK,
    /** CloseConnection. */
    CLOSE_CONNECTION,
    /** AttemptOpen: ask the peer runtime to reconnect (it applies Tc). */
    ATTEMPT_OPEN
}
