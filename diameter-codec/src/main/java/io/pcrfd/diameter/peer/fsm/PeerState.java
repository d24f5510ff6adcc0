package io.pcrfd.diameter.peer.fsm;

/**
 * The states of the RFC 6733 §5.6 peer state machine. Only {@link #CLOSED}, {@link #I_OPEN}
 * and {@link #R_OPEN} are stable; the rest wait for a connection, a CEA or an election.
 */
public enum PeerState {
    CLOSED,
    WAIT_CONN_ACK,
    WAIT_I_CEA,
    /** Wait-Conn-Ack/Elect: we are dialling and a CER arrived on an accepted connection. */
    WAIT_CONN_ACK_ELECT,
    WAIT_RETURNS,
    R_OPEN,
    I_OPEN,
    CLOSING;

    /** I-Open or R-Open: messages may flow. */
    public boolean isOpen() {
        return this == I_OPEN || this == R_OPEN;
    }
}
