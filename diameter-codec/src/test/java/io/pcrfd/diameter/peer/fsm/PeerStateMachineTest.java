package io.pcrfd.diameter.peer.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of the RFC 6733 §5.6 state table, without sockets or clocks. */
class PeerStateMachineTest {

    @ParameterizedTest(name = "{0} + {1} -> {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            # state             | event           | next                | actions (RFC 6733 §5.6 row)
            CLOSED              | START           | WAIT_CONN_ACK       | I_SND_CONN_REQ
            CLOSED              | R_CONN_CER      | R_OPEN              | R_ACCEPT PROCESS_CER R_SND_CEA
            WAIT_CONN_ACK       | I_RCV_CONN_ACK  | WAIT_I_CEA          | I_SND_CER
            WAIT_CONN_ACK       | I_RCV_CONN_NACK | CLOSED              | CLEANUP
            WAIT_CONN_ACK       | R_CONN_CER      | WAIT_CONN_ACK_ELECT | R_ACCEPT PROCESS_CER
            WAIT_CONN_ACK       | TIMEOUT         | CLOSED              | ERROR
            WAIT_I_CEA          | I_RCV_CEA       | I_OPEN              | PROCESS_CEA
            WAIT_I_CEA          | R_CONN_CER      | WAIT_RETURNS        | R_ACCEPT PROCESS_CER ELECT
            WAIT_I_CEA          | I_PEER_DISC     | CLOSED              | I_DISC
            WAIT_I_CEA          | I_RCV_NON_CEA   | CLOSED              | ERROR
            WAIT_I_CEA          | TIMEOUT         | CLOSED              | ERROR
            WAIT_CONN_ACK_ELECT | I_RCV_CONN_ACK  | WAIT_RETURNS        | I_SND_CER ELECT
            WAIT_CONN_ACK_ELECT | I_RCV_CONN_NACK | R_OPEN              | R_SND_CEA
            WAIT_CONN_ACK_ELECT | R_PEER_DISC     | WAIT_CONN_ACK       | R_DISC
            WAIT_CONN_ACK_ELECT | R_CONN_CER      | WAIT_CONN_ACK_ELECT | R_REJECT
            WAIT_CONN_ACK_ELECT | TIMEOUT         | CLOSED              | ERROR
            WAIT_RETURNS        | WIN_ELECTION    | R_OPEN              | I_DISC R_SND_CEA
            WAIT_RETURNS        | I_PEER_DISC     | R_OPEN              | I_DISC R_SND_CEA
            WAIT_RETURNS        | I_RCV_CEA       | I_OPEN              | R_DISC PROCESS_CEA
            WAIT_RETURNS        | R_PEER_DISC     | WAIT_I_CEA          | R_DISC
            WAIT_RETURNS        | R_CONN_CER      | WAIT_RETURNS        | R_REJECT
            WAIT_RETURNS        | TIMEOUT         | CLOSED              | ERROR
            R_OPEN              | SEND_MESSAGE    | R_OPEN              | SND_MESSAGE
            R_OPEN              | RCV_MESSAGE     | R_OPEN              | PROCESS
            R_OPEN              | RCV_DWR         | R_OPEN              | PROCESS_DWR_SND_DWA
            R_OPEN              | RCV_DWA         | R_OPEN              | PROCESS_DWA
            R_OPEN              | R_CONN_CER      | R_OPEN              | R_REJECT
            R_OPEN              | STOP            | CLOSING             | SND_DPR
            R_OPEN              | RCV_DPR         | CLOSING             | SND_DPA
            R_OPEN              | R_PEER_DISC     | CLOSED              | R_DISC
            I_OPEN              | SEND_MESSAGE    | I_OPEN              | SND_MESSAGE
            I_OPEN              | RCV_MESSAGE     | I_OPEN              | PROCESS
            I_OPEN              | RCV_DWR         | I_OPEN              | PROCESS_DWR_SND_DWA
            I_OPEN              | RCV_DWA         | I_OPEN              | PROCESS_DWA
            I_OPEN              | R_CONN_CER      | I_OPEN              | R_REJECT
            I_OPEN              | STOP            | CLOSING             | SND_DPR
            I_OPEN              | RCV_DPR         | CLOSING             | SND_DPA
            I_OPEN              | I_PEER_DISC     | CLOSED              | I_DISC
            CLOSING             | RCV_DPA         | CLOSED              | I_DISC R_DISC
            CLOSING             | TIMEOUT         | CLOSED              | ERROR
            CLOSING             | I_PEER_DISC     | CLOSED              | I_DISC
            CLOSING             | R_PEER_DISC     | CLOSED              | R_DISC
            CLOSING             | R_CONN_CER      | CLOSING             | R_REJECT
            """)
    void everyRowOfTheTable(PeerState state, PeerEvent event, PeerState next, String actions) {
        Transition t = PeerStateMachine.next(state, event);
        assertThat(t.next()).isEqualTo(next);
        assertThat(t.actions()).containsExactlyElementsOf(parse(actions));
    }

    private static List<PeerAction> parse(String actions) {
        return Arrays.stream(actions.trim().split("\\s+")).map(PeerAction::valueOf).toList();
    }

    /** Pairs the table does not list change nothing and do nothing. */
    @ParameterizedTest
    @EnumSource(PeerState.class)
    void unlistedEventsLeaveTheStateAlone(PeerState state) {
        // A DPA outside Closing, a CEA outside the waiting states: nothing to do.
        PeerEvent unlisted = state == PeerState.CLOSING ? PeerEvent.RCV_DWR : PeerEvent.RCV_DPA;
        Transition t = PeerStateMachine.next(state, unlisted);
        assertThat(t.next()).isEqualTo(state);
        assertThat(t.actions()).isEmpty();
    }

    @Test
    void onlyTheOpenStatesAreOpen() {
        assertThat(Arrays.stream(PeerState.values()).filter(PeerState::isOpen))
                .containsExactlyInAnyOrder(PeerState.I_OPEN, PeerState.R_OPEN);
    }

    /** The per-message rows return shared constants: no allocation per message. */
    @Test
    void messageRowsDoNotAllocate() {
        assertThat(PeerStateMachine.next(PeerState.I_OPEN, PeerEvent.RCV_MESSAGE))
                .isSameAs(PeerStateMachine.next(PeerState.I_OPEN, PeerEvent.RCV_MESSAGE));
    }
}
