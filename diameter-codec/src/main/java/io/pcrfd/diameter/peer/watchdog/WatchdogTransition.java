package io.pcrfd.diameter.peer.watchdog;

import java.util.List;

/**
 * One watchdog step: the new variables and the actions, in order.
 *
 * @param status  the watchdog's variables after the event
 * @param actions what the runtime does, in order
 */
public record WatchdogTransition(WatchdogStatus status, List<WatchdogAction> actions) {
    public WatchdogTransition {
        actions = List.copyOf(actions);
    }

    static WatchdogTransition of(WatchdogState s, boolean pending, int numDwa, WatchdogAction... actions) {
        return new WatchdogTransition(new WatchdogStatus(s, pending, numDwa), List.of(actions));
    }
}
