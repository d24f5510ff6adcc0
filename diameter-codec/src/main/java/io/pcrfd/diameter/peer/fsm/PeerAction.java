package io.pcrfd.diameter.peer.fsm;

/**
 * The actions of RFC 6733 §5.6.3, in the order the table lists them for a transition. The
 * runtime ({@code io.pcrfd.diameter.peer.Peer}) carries them out on the peer's event loop.
 */
public enum PeerAction {
    /** I-Snd-Conn-Req: dial the peer. */
    I_SND_CONN_REQ,
    /** R-Accept: make the connection that sent the CER our responder connection. */
    R_ACCEPT,
    /** Process-CER: record the peer's capabilities from the CER. */
    PROCESS_CER,
    /** R-Snd-CEA: answer the held CER with success on the responder connection. */
    R_SND_CEA,
    /** I-Snd-CER: send our CER on the initiated connection. */
    I_SND_CER,
    /** Process-CEA: record the peer's capabilities from the CEA. */
    PROCESS_CEA,
    /** Elect: compare Origin-Hosts (§5.6.4); the runtime raises WIN_ELECTION when we win. */
    ELECT,
    /** R-Reject: close the newly accepted connection whose CER is not wanted. */
    R_REJECT,
    /** I-Disc: close the initiated connection. */
    I_DISC,
    /** R-Disc: close the responder connection. */
    R_DISC,
    /** Snd-Message: write the message on the open connection. */
    SND_MESSAGE,
    /** Process: hand the received message to the dispatcher or pending table. */
    PROCESS,
    /** Process-DWR + Snd-DWA. */
    PROCESS_DWR_SND_DWA,
    /** Process-DWA: the watchdog learns of it. */
    PROCESS_DWA,
    /** Snd-DPR on the open connection. */
    SND_DPR,
    /** Snd-DPA on the open connection. */
    SND_DPA,
    /** Cleanup: release what a failed connection attempt held. */
    CLEANUP,
    /** Error: close every connection of this peer and schedule a reconnect if configured. */
    ERROR
}
