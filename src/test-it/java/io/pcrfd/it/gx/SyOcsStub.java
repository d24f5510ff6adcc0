package io.pcrfd.it.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A small OCS on Sy (TS 29.219) for tests: it dials the PCRF (which then routes SLR and STR to
 * it by Destination-Host), answers SLR with the statuses of its table (5570 when asked for a
 * counter it does not know, 5030 for a subscriber it refuses), STR with 2001, and sends SNR on
 * request. Standard enough that the real OCS role replaces it. A new stub on the same host is
 * a restarted OCS: TestPeer gives each instance a higher Origin-State-Id.
 */
final class SyOcsStub implements AutoCloseable {
    static final String HOST = "ocs.e2e.example";
    static final String REALM = "ocs.e2e.example";

    final TestPeer peer;
    /** Counter → status; a counter not in the table is unknown (5570). */
    final Map<String, String> statuses = new ConcurrentHashMap<>();
    /** Subscription-Id-Data values answered 5030 DIAMETER_USER_UNKNOWN. */
    final Set<String> unknownUsers = ConcurrentHashMap.newKeySet();
    final List<DiameterMessage> slrs = new CopyOnWriteArrayList<>();
    final List<DiameterMessage> strs = new CopyOnWriteArrayList<>();

    SyOcsStub(int pcrfPort, Map<String, String> table) {
        statuses.putAll(table);
        // The handler is in place before the CER: a PCRF re-subscribes the moment the OCS is up.
        peer = TestPeer.client(GxPcef.DICT, HOST, REALM, pcrfPort, this::answer, ApplicationIds.SY);
        DiameterMessage cea = peer.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));
        assertThat(GxPcef.resultCode(cea)).isEqualTo(2001);
    }

    private DiameterMessage answer(DiameterMessage request) {
        if (request.commandCode() == 275) {
            strs.add(request);
            return base(request).add("Result-Code", 2001L).build();
        }
        slrs.add(request);
        String user = request.avp("Subscription-Id").flatMap(s -> s.child("Subscription-Id-Data"))
                .map(GxPcef::text).orElse("");
        if (unknownUsers.contains(user)) {
            return base(request).add("Result-Code", 5030L).build();
        }
        List<String> asked = GxPcef.texts(request.avps("Policy-Counter-Identifier"));
        if (!statuses.keySet().containsAll(asked)) {
            return base(request).addGrouped("Experimental-Result", e -> e.add("Vendor-Id", 10415L)
                    .add("Experimental-Result-Code", 5570L)).build();
        }
        MessageBuilder b = base(request).add("Result-Code", 2001L);
        asked.forEach(id -> b.addGrouped("Policy-Counter-Status-Report", r -> r.add("Policy-Counter-Identifier", id)
                .add("Policy-Counter-Status", statuses.get(id))));
        return b.build();
    }

    private MessageBuilder base(DiameterMessage request) {
        return MessageBuilder.answer(GxPcef.DICT, request).add("Auth-Application-Id", ApplicationIds.SY)
                .originHost(HOST).originRealm(REALM);
    }

    /** The Session-Id of the last SLR (the Sy session). */
    String lastSessionId() {
        return slrs.get(slrs.size() - 1).sessionId().orElseThrow();
    }

    static int slType(DiameterMessage slr) {
        return slr.avp("SL-Request-Type").orElseThrow().asInt();
    }

    static List<String> counters(DiameterMessage slr) {
        return GxPcef.texts(slr.avps("Policy-Counter-Identifier"));
    }

    static String subscriber(DiameterMessage slr) {
        return slr.avp("Subscription-Id").flatMap(s -> s.child("Subscription-Id-Data")).map(GxPcef::text).orElse("");
    }

    /** A pending status: {@code status} from {@code at} on. */
    record Pending(String status, Instant at) {
    }

    /** Sends an SNR with one report and returns the SNA's Result-Code. */
    long notify(String sySessionId, String counter, String status, List<Pending> pending, Long snRequestType) {
        MessageBuilder b = MessageBuilder.request(GxPcef.DICT, ApplicationIds.SY, "SNR")
                .add("Session-Id", sySessionId).originHost(HOST).originRealm(REALM)
                .add("Destination-Realm", "e2e.example").add("Destination-Host", "pcrf.sy.e2e.example")
                .add("Auth-Application-Id", ApplicationIds.SY);
        if (counter != null) {
            b.addGrouped("Policy-Counter-Status-Report", r -> {
                r.add("Policy-Counter-Identifier", counter).add("Policy-Counter-Status", status);
                pending.forEach(p -> r.addGrouped("Pending-Policy-Counter-Information", i -> i
                        .add("Policy-Counter-Status", p.status()).add("Pending-Policy-Counter-Change-Time", p.at())));
            });
        }
        if (snRequestType != null) {
            b.add("SN-Request-Type", snRequestType);
        }
        try {
            DiameterMessage sna = peer.request(b.build()).get(10, TimeUnit.SECONDS);
            return GxPcef.resultCode(sna);
        } catch (Exception e) {
            throw new AssertionError("no SNA", e);
        }
    }

    static Avp report(DiameterMessage m, String counter) {
        return m.avps("Policy-Counter-Status-Report").stream().filter(r -> r.child("Policy-Counter-Identifier")
                .map(GxPcef::text).orElse("").equals(counter)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        peer.close();
    }
}
