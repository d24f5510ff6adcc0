package io.pcrfd.diameter.peer.fsm;

import static io.pcrfd.diameter.peer.fsm.PeerAction.CLEANUP;
import static io.pcrfd.diameter.peer.fsm.PeerAction.ELECT;
import static io.pcrfd.diameter.peer.fsm.PeerAction.ERROR;
import static io.pcrfd.diameter.peer.fsm.PeerAction.I_DISC;
import static io.pcrfd.diameter.peer.fsm.PeerAction.I_SND_CER;
import static io.pcrfd.diameter.peer.fsm.PeerAction.I_SND_CONN_REQ;
import static io.pcrfd.diameter.peer.fsm.PeerAction.PROCESS;
import static io.pcrfd.diameter.peer.fsm.PeerAction.PROCESS_CEA;
import static io.pcrfd.diameter.peer.fsm.PeerAction.PROCESS_CER;
import static io.pcrfd.diameter.peer.fsm.PeerAction.PROCESS_DWA;
import static io.pcrfd.diameter.peer.fsm.PeerAction.PROCESS_DWR_SND_DWA;
import static io.pcrfd.diameter.peer.fsm.PeerAction.R_ACCEPT;
import static io.pcrfd.diameter.peer.fsm.PeerAction.R_DISC;
import static io.pcrfd.diameter.peer.fsm.PeerAction.R_REJECT;
import static io.pcrfd.diameter.peer.fsm.PeerAction.R_SND_CEA;
import static io.pcrfd.diameter.peer.fsm.PeerAction.SND_DPA;
import static io.pcrfd.diameter.peer.fsm.PeerAction.SND_DPR;
import static io.pcrfd.diameter.peer.fsm.PeerAction.SND_MESSAGE;
import static io.pcrfd.diameter.peer.fsm.PeerState.CLOSED;
import static io.pcrfd.diameter.peer.fsm.PeerState.CLOSING;
import static io.pcrfd.diameter.peer.fsm.PeerState.I_OPEN;
import static io.pcrfd.diameter.peer.fsm.PeerState.R_OPEN;
import static io.pcrfd.diameter.peer.fsm.PeerState.WAIT_CONN_ACK;
import static io.pcrfd.diameter.peer.fsm.PeerState.WAIT_CONN_ACK_ELECT;
import static io.pcrfd.diameter.peer.fsm.PeerState.WAIT_I_CEA;
import static io.pcrfd.diameter.peer.fsm.PeerState.WAIT_RETURNS;

/**
 * The RFC 6733 §5.6 peer state machine as a pure function of (state, event). Each arm cites
 * its row of the §5.6 table. Pairs the table does not list leave the state unchanged and do
 * nothing, except an unexpected CER on a new connection, which is rejected (closed) so that
 * no connection is left open outside the machine (§5.6.1).
 *
 * <p>Open-state rows for the message flow return shared constants: no allocation per message.
 */
public final class PeerStateMachine {
    private static final Transition STAY_CLOSED = Transition.to(CLOSED);
    private static final Transition I_OPEN_SEND = Transition.to(I_OPEN, SND_MESSAGE);
    private static final Transition R_OPEN_SEND = Transition.to(R_OPEN, SND_MESSAGE);
    private static final Transition I_OPEN_PROCESS = Transition.to(I_OPEN, PROCESS);
    private static final Transition R_OPEN_PROCESS = Transition.to(R_OPEN, PROCESS);
    private static final Transition I_OPEN_DWR = Transition.to(I_OPEN, PROCESS_DWR_SND_DWA);
    private static final Transition R_OPEN_DWR = Transition.to(R_OPEN, PROCESS_DWR_SND_DWA);
    private static final Transition I_OPEN_DWA = Transition.to(I_OPEN, PROCESS_DWA);
    private static final Transition R_OPEN_DWA = Transition.to(R_OPEN, PROCESS_DWA);

    private PeerStateMachine() {
    }

    /** The transition for {@code event} in {@code state}. Never null. */
    public static Transition next(PeerState state, PeerEvent event) {
        return switch (state) {
            case CLOSED -> closed(event);
            case WAIT_CONN_ACK -> waitConnAck(event);
            case WAIT_I_CEA -> waitICea(event);
            case WAIT_CONN_ACK_ELECT -> waitConnAckElect(event);
            case WAIT_RETURNS -> waitReturns(event);
            case R_OPEN -> rOpen(event);
            case I_OPEN -> iOpen(event);
            case CLOSING -> closing(event);
        };
    }

    private static Transition closed(PeerEvent e) {
        return switch (e) {
            // Closed  Start       I-Snd-Conn-Req                  Wait-Conn-Ack
            case START -> Transition.to(WAIT_CONN_ACK, I_SND_CONN_REQ);
            // Closed  R-Conn-CER  R-Accept, Process-CER, R-Snd-CEA  R-Open
            case R_CONN_CER -> Transition.to(R_OPEN, R_ACCEPT, PROCESS_CER, R_SND_CEA);
            default -> STAY_CLOSED;
        };
    }

    private static Transition waitConnAck(PeerEvent e) {
        return switch (e) {
            // Wait-Conn-Ack  I-Rcv-Conn-Ack   I-Snd-CER               Wait-I-CEA
            case I_RCV_CONN_ACK -> Transition.to(WAIT_I_CEA, I_SND_CER);
            // Wait-Conn-Ack  I-Rcv-Conn-Nack  Cleanup                 Closed
            case I_RCV_CONN_NACK -> Transition.to(CLOSED, CLEANUP);
            // Wait-Conn-Ack  R-Conn-CER       R-Accept, Process-CER   Wait-Conn-Ack/Elect
            case R_CONN_CER -> Transition.to(WAIT_CONN_ACK_ELECT, R_ACCEPT, PROCESS_CER);
            // Wait-Conn-Ack  Timeout          Error                   Closed
            case TIMEOUT -> Transition.to(CLOSED, ERROR);
            default -> Transition.to(WAIT_CONN_ACK);
        };
    }

    private static Transition waitICea(PeerEvent e) {
        return switch (e) {
            // Wait-I-CEA  I-Rcv-CEA      Process-CEA                    I-Open
            case I_RCV_CEA -> Transition.to(I_OPEN, PROCESS_CEA);
            // Wait-I-CEA  R-Conn-CER     R-Accept, Process-CER, Elect   Wait-Returns
            case R_CONN_CER -> Transition.to(WAIT_RETURNS, R_ACCEPT, PROCESS_CER, ELECT);
            // Wait-I-CEA  I-Peer-Disc    I-Disc                         Closed
            case I_PEER_DISC -> Transition.to(CLOSED, I_DISC);
            // Wait-I-CEA  I-Rcv-Non-CEA  Error                          Closed
            case I_RCV_NON_CEA -> Transition.to(CLOSED, ERROR);
            // Wait-I-CEA  Timeout        Error                          Closed
            case TIMEOUT -> Transition.to(CLOSED, ERROR);
            default -> Transition.to(WAIT_I_CEA);
        };
    }

    private static Transition waitConnAckElect(PeerEvent e) {
        return switch (e) {
            // Wait-Conn-Ack/Elect  I-Rcv-Conn-Ack   I-Snd-CER, Elect  Wait-Returns
            case I_RCV_CONN_ACK -> Transition.to(WAIT_RETURNS, I_SND_CER, ELECT);
            // Wait-Conn-Ack/Elect  I-Rcv-Conn-Nack  R-Snd-CEA         R-Open
            case I_RCV_CONN_NACK -> Transition.to(R_OPEN, R_SND_CEA);
            // Wait-Conn-Ack/Elect  R-Peer-Disc      R-Disc            Wait-Conn-Ack
            case R_PEER_DISC -> Transition.to(WAIT_CONN_ACK, R_DISC);
            // Wait-Conn-Ack/Elect  R-Conn-CER       R-Reject          Wait-Conn-Ack/Elect
            case R_CONN_CER -> Transition.to(WAIT_CONN_ACK_ELECT, R_REJECT);
            // Wait-Conn-Ack/Elect  Timeout          Error             Closed
            case TIMEOUT -> Transition.to(CLOSED, ERROR);
            default -> Transition.to(WAIT_CONN_ACK_ELECT);
        };
    }

    private static Transition waitReturns(PeerEvent e) {
        return switch (e) {
            // Wait-Returns  Win-Election  I-Disc, R-Snd-CEA  R-Open
            case WIN_ELECTION -> Transition.to(R_OPEN, I_DISC, R_SND_CEA);
            // Wait-Returns  I-Peer-Disc   I-Disc, R-Snd-CEA  R-Open
            case I_PEER_DISC -> Transition.to(R_OPEN, I_DISC, R_SND_CEA);
            // Wait-Returns  I-Rcv-CEA     R-Disc             I-Open
            case I_RCV_CEA -> Transition.to(I_OPEN, R_DISC, PROCESS_CEA);
            // Wait-Returns  R-Peer-Disc   R-Disc             Wait-I-CEA
            case R_PEER_DISC -> Transition.to(WAIT_I_CEA, R_DISC);
            // Wait-Returns  R-Conn-CER    R-Reject           Wait-Returns
            case R_CONN_CER -> Transition.to(WAIT_RETURNS, R_REJECT);
            // Wait-Returns  Timeout       Error              Closed
            case TIMEOUT -> Transition.to(CLOSED, ERROR);
            default -> Transition.to(WAIT_RETURNS);
        };
    }

    private static Transition rOpen(PeerEvent e) {
        return switch (e) {
            // R-Open  Send-Message   R-Snd-Message          R-Open
            case SEND_MESSAGE -> R_OPEN_SEND;
            // R-Open  R-Rcv-Message  Process                R-Open
            case RCV_MESSAGE -> R_OPEN_PROCESS;
            // R-Open  R-Rcv-DWR      Process-DWR, R-Snd-DWA R-Open
            case RCV_DWR -> R_OPEN_DWR;
            // R-Open  R-Rcv-DWA      Process-DWA            R-Open
            case RCV_DWA -> R_OPEN_DWA;
            // R-Open  R-Conn-CER     R-Reject               R-Open
            case R_CONN_CER -> Transition.to(R_OPEN, R_REJECT);
            // R-Open  Stop           R-Snd-DPR              Closing
            case STOP -> Transition.to(CLOSING, SND_DPR);
            // R-Open  R-Rcv-DPR      R-Snd-DPA              Closing
            case RCV_DPR -> Transition.to(CLOSING, SND_DPA);
            // R-Open  R-Peer-Disc    R-Disc                 Closed
            case R_PEER_DISC -> Transition.to(CLOSED, R_DISC);
            default -> Transition.to(R_OPEN);
        };
    }

    private static Transition iOpen(PeerEvent e) {
        return switch (e) {
            // I-Open  Send-Message   I-Snd-Message          I-Open
            case SEND_MESSAGE -> I_OPEN_SEND;
            // I-Open  I-Rcv-Message  Process                I-Open
            case RCV_MESSAGE -> I_OPEN_PROCESS;
            // I-Open  I-Rcv-DWR      Process-DWR, I-Snd-DWA I-Open
            case RCV_DWR -> I_OPEN_DWR;
            // I-Open  I-Rcv-DWA      Process-DWA            I-Open
            case RCV_DWA -> I_OPEN_DWA;
            // I-Open  R-Conn-CER     R-Reject               I-Open
            case R_CONN_CER -> Transition.to(I_OPEN, R_REJECT);
            // I-Open  Stop           I-Snd-DPR              Closing
            case STOP -> Transition.to(CLOSING, SND_DPR);
            // I-Open  I-Rcv-DPR      I-Snd-DPA              Closing
            case RCV_DPR -> Transition.to(CLOSING, SND_DPA);
            // I-Open  I-Peer-Disc    I-Disc                 Closed
            case I_PEER_DISC -> Transition.to(CLOSED, I_DISC);
            default -> Transition.to(I_OPEN);
        };
    }

    private static Transition closing(PeerEvent e) {
        return switch (e) {
            // Closing  I-Rcv-DPA / R-Rcv-DPA  I-Disc / R-Disc  Closed
            case RCV_DPA -> Transition.to(CLOSED, I_DISC, R_DISC);
            // Closing  Timeout                Error            Closed
            case TIMEOUT -> Transition.to(CLOSED, ERROR);
            // Closing  I-Peer-Disc            I-Disc           Closed
            case I_PEER_DISC -> Transition.to(CLOSED, I_DISC);
            // Closing  R-Peer-Disc            R-Disc           Closed
            case R_PEER_DISC -> Transition.to(CLOSED, R_DISC);
            // A new CER while closing: nobody will answer it (§5.6.1).
            case R_CONN_CER -> Transition.to(CLOSING, R_REJECT);
            default -> Transition.to(CLOSING);
        };
    }
}
