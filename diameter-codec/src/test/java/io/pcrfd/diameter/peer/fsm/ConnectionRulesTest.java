package io.pcrfd.diameter.peer.fsm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6733 §5.6.4 election and the replacement of an open connection, without sockets. */
class ConnectionRulesTest {

    @Test
    void theHigherOriginHostWinsIgnoringAsciiCase() {
        assertThat(ConnectionRules.localWinsElection("pcrf-b.example", "pcrf-a.example")).isTrue();
        assertThat(ConnectionRules.localWinsElection("pcrf-a.example", "pcrf-b.example")).isFalse();
        // Case is ignored: "PCRF-B" compares as "pcrf-b", which beats "pcrf-a".
        assertThat(ConnectionRules.localWinsElection("PCRF-B.example", "pcrf-a.example")).isTrue();
        assertThat(ConnectionRules.localWinsElection("pcrf-a.example", "PCRF-B.EXAMPLE")).isFalse();
        // Compared as octets, not by length: "b" beats "aaaa".
        assertThat(ConnectionRules.localWinsElection("b", "aaaa")).isTrue();
    }

    @Test
    void equalNamesDoNotWin() {
        assertThat(ConnectionRules.localWinsElection("Pcrf.Example", "pcrf.example")).isFalse();
    }

    @Test
    void anOpenConnectionStaysAgainstASecondCerFromTheSameIncarnation() {
        assertThat(ConnectionRules.newConnectionReplaces(true, 7, 7)).isFalse();
        assertThat(ConnectionRules.newConnectionReplaces(true, 0, 7)).isFalse();
        assertThat(ConnectionRules.newConnectionReplaces(true, 7, 0)).isFalse();
    }

    @Test
    void aRestartedPeerOrADeadConnectionGivesWay() {
        assertThat(ConnectionRules.newConnectionReplaces(true, 7, 8)).isTrue();
        assertThat(ConnectionRules.newConnectionReplaces(false, 7, 7)).isTrue();
        assertThat(ConnectionRules.newConnectionReplaces(false, 0, 0)).isTrue();
    }

    @Test
    void aRestartNeedsTwoKnownDifferentValues() {
        assertThat(ConnectionRules.peerRestarted(7, 8)).isTrue();
        assertThat(ConnectionRules.peerRestarted(0, 8)).isFalse();
        assertThat(ConnectionRules.peerRestarted(7, 0)).isFalse();
        assertThat(ConnectionRules.peerRestarted(7, 7)).isFalse();
    }
}
