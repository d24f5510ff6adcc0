package io.pcrfd.diameter.peer.watchdog;

/**
 * The watchdog's variables (RFC 3539 §3.4.1): its state, whether a DWR is outstanding
 * ({@code Pending}) and the DWAs counted in REOPEN ({@code NumDWA}; -1 after a missed DWA).
 *
 * @param state   the state
 * @param pending a DWR is unanswered
 * @param numDwa  DWAs received in REOPEN
 */
public record WatchdogStatus(WatchdogState state, boolean pending, int numDwa) {
    /** Before the first connection. */
    public static final WatchdogStatus INITIAL = new WatchdogStatus(WatchdogState.INITIAL, false, 0);

    /** Routing may send new requests to this peer. */
    public boolean available() {
        return state == WatchdogState.OKAY;
    }
}
