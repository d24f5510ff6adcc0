package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.s9a.FakeGx;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort.RejectedQosRule;
import io.pcrfd.pcrf.establishment.s9a.S9aContext;
import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.TriggerState;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The PCRF's end of the peer's session: matching, linking, QoS rules, RAR, release. */
class PcrfS9aSideTest {
    private static final String IMSI = "001010000000001";
    private static final long S9A = 16777319L;

    private final FakeGx gx = new FakeGx();

    private record Pcrf(Fixture f, EstablishmentService service, S9aRequestHandler handler, S9aPolicyPush push) {
        DiameterMessage handle(DiameterMessage ccr) {
            return f.wire.roundTrip(handler.handleCcr(Fixture.BPCF, f.wire.roundTrip(ccr)).toCompletableFuture().join());
        }
    }

    private Pcrf pcrf(Fixture f) {
        S9aContext ctx = new S9aContext(f.dictionary, Fixture.PCRF, "example", f.store, gx, f.wire, h -> "example", f.clock);
        EstablishmentService service = new EstablishmentService(f.initiator, new S9aPolicyPush(ctx));
        S9aPolicyPush push = new S9aPolicyPush(ctx);
        return new Pcrf(f, new EstablishmentService(f.initiator, push), service.s9aHandler(ctx), push);
    }

    private static DiameterMessage ccr(Fixture f, String sid, String type, long number, Consumer<MessageBuilder> more) {
        MessageBuilder b = MessageBuilder.request(f.dictionary, S9A, "CCR").add("Session-Id", sid)
                .add("Auth-Application-Id", S9A).originHost(Fixture.BPCF).originRealm("example")
                .add("Destination-Realm", "example").add("CC-Request-Type", type).add("CC-Request-Number", number);
        more.accept(b);
        return b.build();
    }

    private static Consumer<MessageBuilder> ue(String ip, String imsi) {
        return b -> b.addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", address(ip));
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static long resultCode(DiameterMessage m) {
        return m.avp("Result-Code").orElseThrow().asUnsigned32();
    }

    private static IpCanSession reload(Fixture f, String sid) {
        return f.store.sessions().get(sid).toCompletableFuture().join().orElseThrow();
    }

    @Test
    void ccrIMatchedByContentIsLinkedAndGetsQosRules() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            IpCanSession session = f.gxSession("pgw;1", IMSI, "198.51.100.7");
            String triggerId = p.service().onGxSessionEstablished(session).toCompletableFuture().join().triggerId();

            DiameterMessage cca = p.handle(ccr(f, "bpcf;1;1", "INITIAL_REQUEST", 0, ue("198.51.100.7", IMSI)));

            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(cca.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("INITIAL_REQUEST");
            Avp def = cca.avp("QoS-Rule-Install").orElseThrow().child("QoS-Rule-Definition").orElseThrow();
            assertThat(new String(def.child("QoS-Rule-Name").orElseThrow().asOctetString())).isEqualTo("video");
            Avp qos = def.child("QoS-Information").orElseThrow();
            assertThat(qos.child("QoS-Class-Identifier").orElseThrow().asInt()).isEqualTo(2);
            assertThat(qos.child("Max-Requested-Bandwidth-DL").orElseThrow().asUnsigned32()).isEqualTo(4_000_000);
            assertThat(qos.child("Guaranteed-Bitrate-DL").orElseThrow().asUnsigned32()).isEqualTo(2_000_000);
            assertThat(def.child("Flow-Information").orElseThrow().child("Flow-Description").orElseThrow()
                    .asUtf8String()).isEqualTo("permit out 17 from 192.0.2.10 to any");
            assertThat(reload(f, "pgw;1").linkedSessions()).singleElement()
                    .satisfies(l -> {
                        assertThat(l.iface()).isEqualTo(LinkedInterface.S9A);
                        assertThat(l.sessionId()).isEqualTo("bpcf;1;1");
                    });
            assertThat(f.store.triggers().get(triggerId).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
            assertThat(f.initiator.counters().snapshot().matched()).isEqualTo(1);
            // A matched trigger is no longer retried.
            f.clock.advance(Fixture.TIMEOUT.multipliedBy(2));
            assertThat(f.initiator.runDue().toCompletableFuture().join()).isZero();
        }
    }

    @Test
    void ccrIMatchedByExplicitIdEvenWhenContentDiffers() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.ONE_SHOT, Application.S9A)) {
            Pcrf p = pcrf(f);
            p.service().onGxSessionEstablished(f.gxSession("pgw;1", IMSI, "198.51.100.7")).toCompletableFuture().join();
            DiameterMessage trigger = f.wire.last();
            String id = trigger.avp("Establishment-Id").orElseThrow().asUtf8String();

            // The BPCF echoes the id; its view of the UE's local IP is the NAT's outer address.
            DiameterMessage cca = p.handle(ccr(f, "bpcf;1;2", "INITIAL_REQUEST", 0, ue("198.51.100.200", IMSI)
                    .andThen(b -> b.add("Establishment-Id", id))));

            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(f.store.triggers().get(id).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
            assertThat(reload(f, "pgw;1").linkedSessions()).extracting(l -> l.sessionId()).containsExactly("bpcf;1;2");
            // One-shot: the trigger session was ended once the peer's session was up.
            assertThat(f.wire.last().avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
            assertThat(f.wire.last().sessionId()).isEqualTo(trigger.sessionId());
        }
    }

    @Test
    void unmatchedCcrIIsAcceptedWhenTheUeHasAnIpCanSessionElse5030() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5"); // not mapped: no trigger was sent
            DiameterMessage known = p.handle(ccr(f, "bpcf;1;3", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            DiameterMessage unknown = p.handle(ccr(f, "bpcf;1;4", "INITIAL_REQUEST", 0,
                    ue("203.0.113.6", "001010000000099")));
            assertThat(resultCode(known)).isEqualTo(2001);
            assertThat(known.avps("QoS-Rule-Install")).hasSize(1);
            assertThat(resultCode(unknown)).isEqualTo(5030);
            assertThat(unknown.avps("QoS-Rule-Install")).isEmpty();
            assertThat(f.initiator.counters().snapshot().unmatchedRequests()).isEqualTo(2);
        }
    }

    @Test
    void qosRuleReportRejectionsGoBackToTheGxSide() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5");
            p.handle(ccr(f, "bpcf;1;5", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            DiameterMessage cca = p.handle(ccr(f, "bpcf;1;5", "UPDATE_REQUEST", 1, b -> b.addGrouped("QoS-Rule-Report",
                    r -> r.add("QoS-Rule-Name", "video").add("PCC-Rule-Status", "INACTIVE")
                            .add("Rule-Failure-Code", "RESOURCES_LIMITATION"))));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(gx.rejected).containsExactly(new RejectedQosRule("video", 5));
            assertThat(resultCode(p.handle(ccr(f, "bpcf;9;9", "UPDATE_REQUEST", 1, b -> { })))).isEqualTo(5002);
        }
    }

    @Test
    void policyChangeIsPushedByRarAndRaaRejectionsApplied() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5");
            p.handle(ccr(f, "bpcf;1;6", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            f.wire.answerWith(rar -> CompletableFuture.completedFuture(io.pcrfd.diameter.message.MessageBuilder
                    .answer(f.dictionary, rar).originHost(Fixture.BPCF).originRealm("example").resultCode(2001)
                    .addGrouped("QoS-Rule-Report", r -> r.add("QoS-Rule-Name", "hd").add("PCC-Rule-Status", "INACTIVE")
                            .add("Rule-Failure-Code", "RESOURCES_LIMITATION")).build()));

            p.service().onPolicyChanged(reload(f, "pgw;1"), gx.policy,
                    FakeGx.policy(FakeGx.rule("hd", 2, 50_000_000))).toCompletableFuture().join();

            DiameterMessage rar = f.wire.last();
            assertThat(rar.name()).isEqualTo("RAR");
            assertThat(rar.applicationId()).isEqualTo(S9A);
            assertThat(rar.sessionId()).hasValue("bpcf;1;6");
            assertThat(rar.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Fixture.BPCF);
            assertThat(new String(rar.avp("QoS-Rule-Install").orElseThrow().child("QoS-Rule-Definition").orElseThrow()
                    .child("QoS-Rule-Name").orElseThrow().asOctetString())).isEqualTo("hd");
            assertThat(new String(rar.avp("QoS-Rule-Remove").orElseThrow().child("QoS-Rule-Name").orElseThrow()
                    .asOctetString())).isEqualTo("video");
            assertThat(gx.rejected).containsExactly(new RejectedQosRule("hd", 5));
        }
    }

    @Test
    void gxSessionEndReleasesTheS9aSessionAndTheBpcfCcrTIsAccepted() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5");
            p.handle(ccr(f, "bpcf;1;7", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            IpCanSession ended = f.store.sessions().close("pgw;1", f.clock.instant(), f.clock.instant())
                    .toCompletableFuture().join().orElseThrow();

            p.service().onGxSessionTerminated(ended).toCompletableFuture().join();

            DiameterMessage rar = f.wire.last();
            assertThat(rar.name()).isEqualTo("RAR");
            assertThat(rar.sessionId()).hasValue("bpcf;1;7");
            assertThat(rar.avp("Session-Release-Cause").orElseThrow().enumName()).isEqualTo("UNSPECIFIED_REASON");
            DiameterMessage ccaT = p.handle(ccr(f, "bpcf;1;7", "TERMINATION_REQUEST", 1, b -> { }));
            assertThat(resultCode(ccaT)).isEqualTo(2001);
            assertThat(resultCode(p.handle(ccr(f, "bpcf;1;7", "TERMINATION_REQUEST", 2, b -> { })))).isEqualTo(5002);
        }
    }

    @Test
    void bpcfCcrTUnlinks() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5");
            p.handle(ccr(f, "bpcf;1;8", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            assertThat(resultCode(p.handle(ccr(f, "bpcf;1;8", "TERMINATION_REQUEST", 1, b -> { })))).isEqualTo(2001);
            assertThat(reload(f, "pgw;1").linkedSessions()).isEmpty();
        }
    }

    @Test
    void newDecisionSendsOnlyTheDifferenceFromWhatWasSentAndEndByIdReleases() {
        try (Fixture f = Fixture.ter()) {
            Pcrf p = pcrf(f);
            f.gxSession("pgw;1", IMSI, "203.0.113.5");
            p.handle(ccr(f, "bpcf;1;9", "INITIAL_REQUEST", 0, ue("203.0.113.5", IMSI)));
            int before = f.wire.requests().size();
            p.push().policyDecided(reload(f, "pgw;1")).toCompletableFuture().join();
            assertThat(f.wire.requests()).hasSize(before); // same policy: nothing to send

            gx.policy = FakeGx.policy(FakeGx.rule("video", 2, 4_000_000), FakeGx.rule("hd", 2, 8_000_000));
            p.push().policyDecided(reload(f, "pgw;1")).toCompletableFuture().join();
            DiameterMessage rar = f.wire.last();
            assertThat(rar.avps("QoS-Rule-Install")).hasSize(1);
            assertThat(rar.avp("QoS-Rule-Remove")).isEmpty();

            // The Gx listener only knows the Session-Id once the session is gone.
            f.store.sessions().close("pgw;1", f.clock.instant(), f.clock.instant()).toCompletableFuture().join();
            p.push().release("pgw;1").toCompletableFuture().join();
            assertThat(f.wire.last().avp("Session-Release-Cause")).isPresent();
            assertThat(f.wire.last().sessionId()).hasValue("bpcf;1;9");
        }
    }
}
