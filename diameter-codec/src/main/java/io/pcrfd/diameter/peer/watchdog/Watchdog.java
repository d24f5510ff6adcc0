package io.pcrfd.diameter.peer.watchdog;

import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.ATTEMPT_OPEN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.CLOSE_CONNECTION;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.FAILBACK;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.FAILOVER;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.SEND_WATCHDOG;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.SET_WATCHDOG;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.DOWN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.OKAY;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.REOPEN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.SUSPECT;

import java.util.List;

/**
 * The RFC 3539 §3.4.1 watchdog as a pure function of (variables, event). Each arm quotes the
 * row of the RFC's state table it implements. Rows the RFC does not list leave everything as
 * it is.
 */
public final class Watchdog {
    /** Three DWAs in REOPEN bring the connection back (RFC 3539 §3.4.1; RFC 6733 §5.5.4). */
    public static final int DWAS_TO_REOPEN = 3;

    private static final WatchdogTransition OKAY_RESET =
            WatchdogTransition.of(OKAY, false, 0, SET_WATCHDOG);

    private Watchdog() {
    }

    /** The step for {@code event}. Never null. */
    public static WatchdogTransition next(WatchdogStatus s, WatchdogEvent event) {
        return switch (s.state()) {
            case INITIAL -> initial(s, event);
            case OKAY -> okay(s, event);
            case SUSPECT -> suspect(s, event);
            case DOWN -> down(s, event);
            case REOPEN -> reopen(s, event);
        };
    }

    private static WatchdogTransition initial(WatchdogStatus s, WatchdogEvent e) {
        // INITIAL  Connection up  SetWatchdog  OKAY
        if (e == WatchdogEvent.CONNECTION_UP) {
            return OKAY_RESET;
        }
        return stay(s);
    }

    private static WatchdogTransition okay(WatchdogStatus s, WatchdogEvent e) {
        return switch (e) {
            // OKAY  Receive DWA  Pending = FALSE; SetWatchdog  OKAY
            case RECEIVE_DWA -> OKAY_RESET;
            // OKAY  Receive non-DWA  SetWatchdog  OKAY  (Pending is kept: only a DWA answers the DWR)
            case RECEIVE_NON_DWA -> s.pending() ? WatchdogTransition.of(OKAY, true, 0, SET_WATCHDOG) : OKAY_RESET;
            // OKAY  Timer expires, !Pending  SendWatchdog; SetWatchdog; Pending = TRUE  OKAY
            // OKAY  Timer expires, Pending   Failover; SetWatchdog                      SUSPECT
            case TIMER_EXPIRES -> s.pending()
                    ? WatchdogTransition.of(SUSPECT, true, 0, FAILOVER, SET_WATCHDOG)
                    : WatchdogTransition.of(OKAY, true, 0, SEND_WATCHDOG, SET_WATCHDOG);
            // OKAY  Connection down  Failover; SetWatchdog  DOWN
            case CONNECTION_DOWN -> WatchdogTransition.of(DOWN, false, 0, FAILOVER, SET_WATCHDOG);
            case CONNECTION_UP -> stay(s);
        };
    }

    private static WatchdogTransition suspect(WatchdogStatus s, WatchdogEvent e) {
        return switch (e) {
            // SUSPECT  Receive DWA      Pending = FALSE; Failback; SetWatchdog  OKAY
            case RECEIVE_DWA -> WatchdogTransition.of(OKAY, false, 0, FAILBACK, SET_WATCHDOG);
            // SUSPECT  Receive non-DWA  Failback; SetWatchdog                   OKAY
            case RECEIVE_NON_DWA -> WatchdogTransition.of(OKAY, s.pending(), 0, FAILBACK, SET_WATCHDOG);
            // SUSPECT  Timer expires    CloseConnection; SetWatchdog            DOWN
            case TIMER_EXPIRES -> WatchdogTransition.of(DOWN, false, 0, CLOSE_CONNECTION, SET_WATCHDOG);
            // SUSPECT  Connection down  CloseConnection; SetWatchdog            DOWN
            case CONNECTION_DOWN -> WatchdogTransition.of(DOWN, false, 0, CLOSE_CONNECTION, SET_WATCHDOG);
            case CONNECTION_UP -> stay(s);
        };
    }

    private static WatchdogTransition down(WatchdogStatus s, WatchdogEvent e) {
        return switch (e) {
            // DOWN  Timer expires  AttemptOpen; SetWatchdog  DOWN
            case TIMER_EXPIRES -> WatchdogTransition.of(DOWN, false, 0, ATTEMPT_OPEN, SET_WATCHDOG);
            // DOWN  Connection up  NumDWA = 0; SendWatchdog; SetWatchdog; Pending = TRUE  REOPEN
            case CONNECTION_UP -> WatchdogTransition.of(REOPEN, true, 0, SEND_WATCHDOG, SET_WATCHDOG);
            default -> stay(s);
        };
    }

    private static WatchdogTransition reopen(WatchdogStatus s, WatchdogEvent e) {
        return switch (e) {
            // REOPEN  Receive DWA, NumDWA == 2  NumDWA++; Failback  OKAY
            // REOPEN  Receive DWA, NumDWA < 2   NumDWA++            REOPEN
            case RECEIVE_DWA -> s.numDwa() + 1 >= DWAS_TO_REOPEN
                    ? WatchdogTransition.of(OKAY, false, 0, FAILBACK, SET_WATCHDOG)
                    : WatchdogTransition.of(REOPEN, false, s.numDwa() + 1);
            // REOPEN  Receive non-DWA  Throwaway  REOPEN  (the runtime still processes it)
            case RECEIVE_NON_DWA -> stay(s);
            // REOPEN  Timer expires, Pending, NumDWA < 0   CloseConnection  DOWN
            // REOPEN  Timer expires, Pending, NumDWA >= 0  NumDWA = -1      REOPEN
            // REOPEN  Timer expires, !Pending  SendWatchdog; SetWatchdog; Pending = TRUE  REOPEN
            case TIMER_EXPIRES -> reopenTimer(s);
            // REOPEN  Connection down  CloseConnection; SetWatchdog  DOWN
            case CONNECTION_DOWN -> WatchdogTransition.of(DOWN, false, 0, CLOSE_CONNECTION, SET_WATCHDOG);
            case CONNECTION_UP -> stay(s);
        };
    }

    private static WatchdogTransition reopenTimer(WatchdogStatus s) {
        if (!s.pending()) {
            return WatchdogTransition.of(REOPEN, true, s.numDwa(), SEND_WATCHDOG, SET_WATCHDOG);
        }
        if (s.numDwa() < 0) {
            return WatchdogTransition.of(DOWN, false, 0, CLOSE_CONNECTION, SET_WATCHDOG);
        }
        return WatchdogTransition.of(REOPEN, true, -1, SET_WATCHDOG);
    }

    private static WatchdogTransition stay(WatchdogStatus s) {
        return new WatchdogTransition(s, List.of());
    }
}
