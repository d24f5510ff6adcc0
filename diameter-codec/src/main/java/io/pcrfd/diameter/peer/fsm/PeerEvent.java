package io.pcrfd.diameter.peer.fsm;

/**
 * The events of RFC 6733 §5.6. The I- and R- prefixes say on which connection the event
 * happened: the one we initiated or the one we accepted. Timers are events ({@link #TIMEOUT}).
 * Events that carry a message (a CER, a DPR) leave the message with the caller: the machine
 * only decides what to do with it.
 */
public enum PeerEvent {
    /** The node wants a connection to this peer. */
    START,
    /** The node wants this connection gone (shutdown, or a peer no longer configured). */
    STOP,
    /** A CER arrived on an accepted connection and passed the capabilities checks. */
    R_CONN_CER,
    I_RCV_CONN_ACK,
    I_RCV_CONN_NACK,
    I_RCV_CEA,
    /** Any message but a CEA on our initiated connection while waiting for the CEA. */
    I_RCV_NON_CEA,
    I_PEER_DISC,
    R_PEER_DISC,
    /** The responder's election (§5.6.4) says we won: our Origin-Host is the higher. */
    WIN_ELECTION,
    SEND_MESSAGE,
    RCV_MESSAGE,
    RCV_DWR,
    RCV_DWA,
    RCV_DPR,
    RCV_DPA,
    /** A timer ran out: connect, CEA or DPA not received in time. */
    TIMEOUT
}
