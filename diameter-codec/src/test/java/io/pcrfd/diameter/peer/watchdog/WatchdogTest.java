package io.pcrfd.diameter.peer.watchdog;

import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.CLOSE_CONNECTION;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.FAILBACK;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.FAILOVER;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.SEND_WATCHDOG;
import static io.pcrfd.diameter.peer.watchdog.WatchdogAction.SET_WATCHDOG;
import static io.pcrfd.diameter.peer.watchdog.WatchdogEvent.CONNECTION_DOWN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogEvent.CONNECTION_UP;
import static io.pcrfd.diameter.peer.watchdog.WatchdogEvent.RECEIVE_DWA;
import static io.pcrfd.diameter.peer.watchdog.WatchdogEvent.RECEIVE_NON_DWA;
import static io.pcrfd.diameter.peer.watchdog.WatchdogEvent.TIMER_EXPIRES;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.DOWN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.INITIAL;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.OKAY;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.REOPEN;
import static io.pcrfd.diameter.peer.watchdog.WatchdogState.SUSPECT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every row of the RFC 3539 §3.4.1 watchdog table, without sockets or clocks. */
class WatchdogTest {
    private static WatchdogStatus s(WatchdogState state, boolean pending, int numDwa) {
        return new WatchdogStatus(state, pending, numDwa);
    }

    private static void row(WatchdogStatus from, WatchdogEvent e, WatchdogStatus to, WatchdogAction... actions) {
        WatchdogTransition t = Watchdog.next(from, e);
        assertThat(t.status()).as("%s + %s", from, e).isEqualTo(to);
        assertThat(t.actions()).as("%s + %s", from, e).containsExactly(actions);
    }

    @Test
    void initialConnectionUpGoesOkay() {
        // INITIAL  Connection up  SetWatchdog  OKAY
        row(WatchdogStatus.INITIAL, CONNECTION_UP, s(OKAY, false, 0), SET_WATCHDOG);
        row(WatchdogStatus.INITIAL, TIMER_EXPIRES, WatchdogStatus.INITIAL);
    }

    @Test
    void okayRows() {
        // OKAY  Receive DWA  Pending = FALSE; SetWatchdog  OKAY
        row(s(OKAY, true, 0), RECEIVE_DWA, s(OKAY, false, 0), SET_WATCHDOG);
        // OKAY  Receive non-DWA  SetWatchdog  OKAY
        row(s(OKAY, false, 0), RECEIVE_NON_DWA, s(OKAY, false, 0), SET_WATCHDOG);
        row(s(OKAY, true, 0), RECEIVE_NON_DWA, s(OKAY, true, 0), SET_WATCHDOG);
        // OKAY  Timer expires, !Pending  SendWatchdog; SetWatchdog; Pending = TRUE  OKAY
        row(s(OKAY, false, 0), TIMER_EXPIRES, s(OKAY, true, 0), SEND_WATCHDOG, SET_WATCHDOG);
        // OKAY  Timer expires, Pending  Failover; SetWatchdog  SUSPECT
        row(s(OKAY, true, 0), TIMER_EXPIRES, s(SUSPECT, true, 0), FAILOVER, SET_WATCHDOG);
        // OKAY  Connection down  Failover; SetWatchdog  DOWN
        row(s(OKAY, false, 0), CONNECTION_DOWN, s(DOWN, false, 0), FAILOVER, SET_WATCHDOG);
    }

    @Test
    void suspectRows() {
        // SUSPECT  Receive DWA  Pending = FALSE; Failback; SetWatchdog  OKAY
        row(s(SUSPECT, true, 0), RECEIVE_DWA, s(OKAY, false, 0), FAILBACK, SET_WATCHDOG);
        // SUSPECT  Receive non-DWA  Failback; SetWatchdog  OKAY
        row(s(SUSPECT, true, 0), RECEIVE_NON_DWA, s(OKAY, true, 0), FAILBACK, SET_WATCHDOG);
        // SUSPECT  Timer expires  CloseConnection; SetWatchdog  DOWN
        row(s(SUSPECT, true, 0), TIMER_EXPIRES, s(DOWN, false, 0), CLOSE_CONNECTION, SET_WATCHDOG);
        // SUSPECT  Connection down  CloseConnection; SetWatchdog  DOWN
        row(s(SUSPECT, true, 0), CONNECTION_DOWN, s(DOWN, false, 0), CLOSE_CONNECTION, SET_WATCHDOG);
    }

    @Test
    void downRows() {
        // DOWN  Timer expires  AttemptOpen; SetWatchdog  DOWN
        row(s(DOWN, false, 0), TIMER_EXPIRES, s(DOWN, false, 0), WatchdogAction.ATTEMPT_OPEN, SET_WATCHDOG);
        // DOWN  Connection up  NumDWA = 0; SendWatchdog; SetWatchdog; Pending = TRUE  REOPEN
        row(s(DOWN, false, 0), CONNECTION_UP, s(REOPEN, true, 0), SEND_WATCHDOG, SET_WATCHDOG);
        row(s(DOWN, false, 0), RECEIVE_DWA, s(DOWN, false, 0));
    }

    @Test
    void reopenRows() {
        // REOPEN  Receive DWA, NumDWA < 2  Pending = FALSE; NumDWA++  REOPEN
        row(s(REOPEN, true, 0), RECEIVE_DWA, s(REOPEN, false, 1));
        row(s(REOPEN, true, 1), RECEIVE_DWA, s(REOPEN, false, 2));
        // REOPEN  Receive DWA, NumDWA == 2  Pending = FALSE; Failback  OKAY
        row(s(REOPEN, true, 2), RECEIVE_DWA, s(OKAY, false, 0), FAILBACK, SET_WATCHDOG);
        // REOPEN  Receive non-DWA  Throwaway  REOPEN
        row(s(REOPEN, true, 1), RECEIVE_NON_DWA, s(REOPEN, true, 1));
        // REOPEN  Timer expires, !Pending  SendWatchdog; SetWatchdog; Pending = TRUE  REOPEN
        row(s(REOPEN, false, 1), TIMER_EXPIRES, s(REOPEN, true, 1), SEND_WATCHDOG, SET_WATCHDOG);
        // REOPEN  Timer expires, Pending, NumDWA >= 0  NumDWA = -1  REOPEN
        row(s(REOPEN, true, 1), TIMER_EXPIRES, s(REOPEN, true, -1), SET_WATCHDOG);
        // REOPEN  Timer expires, Pending, NumDWA < 0  CloseConnection  DOWN
        row(s(REOPEN, true, -1), TIMER_EXPIRES, s(DOWN, false, 0), CLOSE_CONNECTION, SET_WATCHDOG);
        // REOPEN  Connection down  CloseConnection; SetWatchdog  DOWN
        row(s(REOPEN, true, 1), CONNECTION_DOWN, s(DOWN, false, 0), CLOSE_CONNECTION, SET_WATCHDOG);
    }

    /** A whole failure and recovery: silence, SUSPECT, DOWN, reconnect, three DWAs, OKAY. */
    @Test
    void silenceThenRecoveryNeedsThreeDwas() {
        WatchdogStatus st = Watchdog.next(WatchdogStatus.INITIAL, CONNECTION_UP).status();
        for (WatchdogEvent e : new WatchdogEvent[] {TIMER_EXPIRES, TIMER_EXPIRES, TIMER_EXPIRES, CONNECTION_UP}) {
            st = Watchdog.next(st, e).status();
        }
        assertThat(st.state()).isEqualTo(REOPEN);
        for (int i = 0; i < 2; i++) {
            st = Watchdog.next(Watchdog.next(st, RECEIVE_DWA).status(), TIMER_EXPIRES).status();
            assertThat(st.state()).isEqualTo(REOPEN);
            assertThat(st.available()).isFalse();
        }
        st = Watchdog.next(st, RECEIVE_DWA).status();
        assertThat(st.state()).isEqualTo(OKAY);
        assertThat(st.available()).isTrue();
        assertThat(INITIAL).isNotEqualTo(st.state());
    }
}
