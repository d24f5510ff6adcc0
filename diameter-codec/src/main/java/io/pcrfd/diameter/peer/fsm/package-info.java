/**
 * The RFC 6733 §5.6 peer state machine as a pure function: {@link
 * io.pcrfd.diameter.peer.fsm.PeerStateMachine#next} maps (state, event) to the next state and
 * the ordered actions of the §5.6 table. No I/O, no clock, no locks: the runtime ({@code
 * io.pcrfd.diameter.peer.Peer}) feeds it events on the peer's event loop, carries out the
 * actions, and turns timers into {@code TIMEOUT} events.
 *
 * <p>Decisions where the table is silent: a CER that fails the capabilities checks (3010,
 * 5010) is answered and closed before it becomes an R-Conn-CER event (§5.6.1: a connection
 * whose identity is unknown is held outside the machine); a CEA with a non-success
 * Result-Code is an I-Peer-Disc; after Rcv-DPR the DPA is sent and the state is Closing until
 * the peer closes or the timer fires (the RFC 6733 row, where RFC 3588 went to Closed).
 */
package io.pcrfd.diameter.peer.fsm;
