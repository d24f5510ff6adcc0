package io.pcrfd.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record the session store keeps: the repeating fields of every session one shared
 * instance each, whether a create or an update brought its own equal copies; an update that
 * brought none is only re-versioned.
 */
class SharedValuesTest {
    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    private final SharedValues shared = new SharedValues();

    @Test
    void newSessionsDecodedApartShareTheirRepeatingFields() {
        IpCanSession a = shared.of(decoded("pgw;1", "EUTRAN"), null, 1, SessionState.ONGOING);
        IpCanSession b = shared.of(decoded("pgw;2", "EUTRAN"), null, 1, SessionState.ONGOING);

        assertThat(b.apn()).isEqualTo("internet").isSameAs(a.apn());
        assertThat(b.gatewayHost()).isSameAs(a.gatewayHost());
        assertThat(b.gatewayRealm()).isSameAs(a.gatewayRealm());
        assertThat(b.ratType()).isSameAs(a.ratType());
        assertThat(b.ipCanType()).isSameAs(a.ipCanType());
        assertThat(b.sgsnMccMnc()).isSameAs(a.sgsnMccMnc());
        assertThat(b.pccRules()).isSameAs(a.pccRules());
        assertThat(b.qos()).isSameAs(a.qos());
        assertThat(b).isEqualTo(decoded("pgw;2", "EUTRAN").with(1, SessionState.ONGOING));
    }

    /** Many gateways' prefixes, their ids interleaved: each prefix comes back as its own text, shared. */
    @Test
    void sessionIdPrefixesOfManyGatewaysAreSharedAndNeverMixedUp() {
        String[] first = new String[200];
        for (int round = 0; round < 3; round++) {
            for (int g = 0; g < first.length; g++) {
                String id = new String("pgw" + g + ".example.org;" + (1_700_000_000 + g % 7) + ";" + round);
                String prefix = shared.sessionIdPrefix(id, id.lastIndexOf(';') + 1, g % 3 == 0 ? null : "pgw" + g);

                assertThat(prefix).isEqualTo(id.substring(0, id.lastIndexOf(';') + 1));
                if (round == 0) {
                    first[g] = prefix;
                } else {
                    assertThat(prefix).isSameAs(first[g]);
                }
            }
        }
    }

    /**
     * A gateway whose Session-Ids vary before their last ';' (an optional value) makes a new
     * prefix per session: past MAX_VALUES of them the fields that do repeat are still shared.
     */
    @Test
    void prefixesThatNeverRepeatLeaveTheRepeatingFieldsTheirRoom() {
        for (int i = 0; i <= SharedValues.MAX_VALUES; i++) {
            String id = "pgw.example.org;1700000000;" + i + ";7";
            shared.sessionIdPrefix(id, id.lastIndexOf(';') + 1, "pgw.example.org");
        }
        String apn = shared.share(new String("ims.after.many.prefixes"));

        assertThat(shared.share(new String("ims.after.many.prefixes"))).isSameAs(apn);
    }

    @Test
    void anUpdateHoldingTheStoredInstancesIsOnlyReVersioned() {
        IpCanSession stored = shared.of(decoded("pgw;1", "EUTRAN"), null, 1, SessionState.ONGOING);
        IpCanSession updated = stored.toBuilder().policyState("p2").updatedAt(T0.plusSeconds(60)).build();

        IpCanSession next = shared.of(updated, stored, 2, SessionState.ONGOING);

        assertThat(next).isEqualTo(updated.with(2, SessionState.ONGOING));
        assertThat(next.qos()).isSameAs(stored.qos());
        assertThat(next.pccRules()).isSameAs(stored.pccRules());
    }

    @Test
    void anUpdateBringingEqualCopiesKeepsTheSharedOnesAndANewValueBecomesShared() {
        IpCanSession stored = shared.of(decoded("pgw;1", "EUTRAN"), null, 1, SessionState.ONGOING);
        IpCanSession copies = decoded("pgw;1", "EUTRAN").toBuilder().version(1).policyState("p2").build();

        IpCanSession next = shared.of(copies, stored, 2, SessionState.ONGOING);
        IpCanSession moved = shared.of(next.toBuilder().ratType(copy("NR")).build(), next, 3, SessionState.ONGOING);
        IpCanSession other = shared.of(decoded("pgw;2", "NR"), null, 1, SessionState.ONGOING);

        assertThat(next).isEqualTo(copies.with(2, SessionState.ONGOING));
        assertThat(next.ratType()).isSameAs(stored.ratType());
        assertThat(next.qos()).isSameAs(stored.qos());
        assertThat(next.apn()).isSameAs(stored.apn());
        assertThat(moved.ratType()).isEqualTo("NR");
        assertThat(moved.version()).isEqualTo(3);
        assertThat(other.ratType()).isSameAs(moved.ratType());
    }

    /** A session as a CCR decodes it: every repeating field its own copy. */
    private static IpCanSession decoded(String sessionId, String ratType) {
        return IpCanSession.builder(sessionId).imsi(copy("001010000000001")).apn(copy("internet"))
                .ueIpv4(copy("10.0.0.1")).gatewayHost(copy("pgw.example.org")).gatewayRealm(copy("example.org"))
                .ratType(copy(ratType)).ipCanType(copy("3GPP-EPS")).sgsnMccMnc(copy("00101"))
                .pccRules(List.of(copy("default"), copy("video")))
                .qos(new AuthorizedQos(9, 1_000L, 2_000L, 8, true, false, copy("0x05"), 0, 0))
                .startedAt(T0).updatedAt(T0).expiresAt(T0.plusSeconds(3600)).build();
    }

    /** An equal string that is not the same instance, as each decoded AVP is. */
    private static String copy(String s) {
        return new String(s.toCharArray());
    }
}
