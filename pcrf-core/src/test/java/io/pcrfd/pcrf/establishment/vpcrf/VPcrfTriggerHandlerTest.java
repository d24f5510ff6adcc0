package io.pcrfd.pcrf.establishment.vpcrf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.EstablishmentService;
import io.pcrfd.pcrf.establishment.Fixture;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.establishment.s9a.FakeGx;
import io.pcrfd.pcrf.establishment.s9a.S9aContext;
import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.TriggerState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The V-PCRF end of an S9 TER, alone and against a pcrfd H-PCRF. */
class VPcrfTriggerHandlerTest {
    private static final String IMSI = "001010000000001";
    private final List<Runnable> afterAnswer = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private VPcrfTriggerHandler vPcrf(Fixture v) {
        VPcrfContext ctx = new VPcrfContext(v.dictionary, "vpcrf.visited", "visited", v.store, v.wire,
                afterAnswer::add, v.clock);
        return new VPcrfTriggerHandler(ctx, new VisitedS9Sessions(ctx),
                () -> "vpcrf.visited;1;" + ids.incrementAndGet(), Duration.ofSeconds(5));
    }

    private static DiameterMessage ter(Fixture f, String sid, String imsi) {
        MessageBuilder b = MessageBuilder.request(f.dictionary, 16777267L, "TER").add("Session-Id", sid)
                .add("Auth-Application-Id", 16777267L).originHost("hpcrf.home").originRealm("home")
                .add("Destination-Realm", "visited").add("Destination-Host", "vpcrf.visited")
                .add("Auth-Session-State", "NO_STATE_MAINTAINED").add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", new byte[] {(byte) 198, 51, 100, 7});
        if (imsi != null) {
            b.addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                    .add("Subscription-Id-Data", imsi));
        }
        return f.wire.roundTrip(b.build());
    }

    private static DiameterMessage answer(Fixture f, VPcrfTriggerHandler h, DiameterMessage ter) {
        return f.wire.roundTrip(h.handleTer(ter).toCompletableFuture().join());
    }

    @Test
    void teaThenS9CcrIToTheHPcrf() {
        try (Fixture v = Fixture.ter()) {
            VPcrfTriggerHandler h = vPcrf(v);
            DiameterMessage tea = answer(v, h, ter(v, "hpcrf.home;1;1", IMSI));
            assertThat(tea.commandCode()).isEqualTo(8388656);
            assertThat(tea.applicationId()).isEqualTo(16777267L);
            assertThat(tea.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
            assertThat(v.wire.requests()).isEmpty(); // the CCR-I waits until the TEA is out
            afterAnswer.forEach(Runnable::run);
            DiameterMessage ccr = v.wire.last();
            assertThat(ccr.name()).isEqualTo("CCR");
            assertThat(ccr.applicationId()).isEqualTo(16777267L);
            assertThat(ccr.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo("hpcrf.home");
            assertThat(ccr.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("INITIAL_REQUEST");
            // TS 29.215 §5.6.2: the S9 CCR names the APN and local IPs only per subsession
            Avp sub = ccr.avp("Subsession-Enforcement-Info").orElseThrow();
            assertThat(sub.child("Subsession-Operation").orElseThrow().enumName()).isEqualTo("ESTABLISHMENT");
            assertThat(sub.child("Called-Station-Id").orElseThrow().asUtf8String()).isEqualTo("internet");
            assertThat(sub.child("UE-Local-IP-Address").orElseThrow().asAddress().getHostAddress())
                    .isEqualTo("198.51.100.7");
            assertThat(ccr.avp("Called-Station-Id")).isEmpty();
            assertThat(v.store.triggers().get("hpcrf.home;1;1").toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
        }
    }

    @Test
    void secondTerForTheSameUserWhileUnderWayGets5471() {
        try (Fixture v = Fixture.ter()) {
            VPcrfTriggerHandler h = vPcrf(v);
            answer(v, h, ter(v, "hpcrf.home;1;1", IMSI));
            DiameterMessage tea = answer(v, h, ter(v, "hpcrf.home;1;2", IMSI));
            assertThat(tea.avp("Result-Code")).isEmpty();
            Avp er = tea.avp("Experimental-Result").orElseThrow();
            assertThat(er.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415);
            assertThat(er.child("Experimental-Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5471);
            assertThat(afterAnswer).hasSize(1);
        }
    }

    @Test
    void terWithoutImsiIsRefused5005() {
        try (Fixture v = Fixture.ter()) {
            DiameterMessage tea = answer(v, vPcrf(v), ter(v, "hpcrf.home;1;1", null));
            assertThat(tea.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5005);
        }
    }

    @Test
    void hPcrfTriggerIsAnsweredAndMatchedOverS9() {
        try (Fixture home = new Fixture(Encoding.TER, Mode.NOTIFY_ONLY, Application.S9);
             Fixture visited = Fixture.ter()) {
            S9aContext ctx = new S9aContext(home.dictionary, Fixture.PCRF, "example", home.store, new FakeGx(),
                    home.wire, x -> "visited", home.clock);
            EstablishmentService service = new EstablishmentService(home.initiator, new S9aPolicyPush(ctx));
            S9aRequestHandler hPcrfS9 = service.s9aHandler(ctx);
            VPcrfTriggerHandler v = vPcrf(visited);
            home.wire.answerWith(v::handleTer);
            visited.wire.answerWith(ccr -> hPcrfS9.handleCcr("vpcrf.visited", ccr));

            home.gxSession("pgw;1", IMSI, "198.51.100.7");
            var result = service.onGxSessionEstablished(home.store.sessions().get("pgw;1").toCompletableFuture()
                    .join().orElseThrow()).toCompletableFuture().join();
            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
            afterAnswer.forEach(Runnable::run);

            assertThat(home.store.sessions().get("pgw;1").toCompletableFuture().join().orElseThrow().linkedSessions())
                    .singleElement().satisfies(l -> assertThat(l.iface()).isEqualTo(LinkedInterface.S9));
            assertThat(home.store.triggers().get(result.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
            assertThat(home.initiator.counters().snapshot().matched()).isEqualTo(1);
        }
    }
}
