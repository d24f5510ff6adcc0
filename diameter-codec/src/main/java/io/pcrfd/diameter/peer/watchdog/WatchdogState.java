package io.pcrfd.diameter.peer.watchdog;

/** The states of the RFC 3539 §3.4.1 watchdog. */
public enum WatchdogState {
    /** No connection has been up yet. */
    INITIAL,
    /** The connection answers; traffic may use it. */
    OKAY,
    /** A DWR went unanswered for Tw: traffic fails over elsewhere. */
    SUSPECT,
    /** The connection is closed (or was never opened again). */
    DOWN,
    /** The connection is back; three DWAs are needed before traffic returns (failback). */
    REOPEN
}
