package io.pcrfd.diameter.peer.fsm;

import java.util.List;

/**
 * The result of one step: the next state and the actions to perform, in order.
 *
 * @param next    the state after the event
 * @param actions what the runtime does, in order
 */
public record Transition(PeerState next, List<PeerAction> actions) {
    public Transition {
        actions = List.copyOf(actions);
    }

    static Transition to(PeerState next, PeerAction... actions) {
        return new Transition(next, List.of(actions));
    }
}
