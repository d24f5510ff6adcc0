package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.establishment.s9a.FakeGx;
import io.pcrfd.pcrf.establishment.s9a.S9aContext;
import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.store.model.IpCanSession;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Gx application's listener: a stored CCR-I triggers, a decision pushes, an end releases. */
class GxEstablishmentListenerTest {
    private static final long S9A = 16777319L;

    @Test
    void establishedDecidedEnded() throws Exception {
        try (Fixture f = Fixture.ter()) {
            FakeGx gx = new FakeGx();
            S9aContext ctx = new S9aContext(f.dictionary, Fixture.PCRF, "example", f.store, gx, f.wire, h -> "example",
                    f.clock);
            S9aPolicyPush push = new S9aPolicyPush(ctx);
            EstablishmentService service = new EstablishmentService(f.initiator, push);
            GxEstablishmentListener listener = new GxEstablishmentListener(service, push, f.store);
            IpCanSession session = f.gxSession("pgw;1", "001010000000001", "198.51.100.7");

            listener.established(null, session);
            assertThat(f.wire.last().name()).isEqualTo("TER");

            DiameterMessage ccrI = MessageBuilder.request(f.dictionary, S9A, "CCR").add("Session-Id", "bpcf;1;1")
                    .add("Auth-Application-Id", S9A).originHost(Fixture.BPCF).originRealm("example")
                    .add("Destination-Realm", "example").add("CC-Request-Type", "INITIAL_REQUEST")
                    .add("CC-Request-Number", 0L).add("UE-Local-IP-Address", InetAddress.getByName("198.51.100.7"))
                    .build();
            service.s9aHandler(ctx).handleCcr(Fixture.BPCF, f.wire.roundTrip(ccrI)).toCompletableFuture().join();

            gx.policy = FakeGx.policy(FakeGx.rule("hd", 2, 8_000_000));
            listener.decided("pgw;1", Optional.empty());
            DiameterMessage rar = f.wire.last();
            assertThat(rar.name()).isEqualTo("RAR");
            assertThat(rar.avp("QoS-Rule-Install")).isPresent();
            assertThat(rar.avp("QoS-Rule-Remove")).isPresent();

            f.store.sessions().close("pgw;1", f.clock.instant(), f.clock.instant()).toCompletableFuture().join();
            listener.ended("pgw;1", "CCR-T");
            assertThat(f.wire.last().avp("Session-Release-Cause").orElseThrow().enumName())
                    .isEqualTo("UNSPECIFIED_REASON");
            assertThat(f.wire.requests()).hasSize(3);
        }
    }

    /** Told with the stored record, the listener reads nothing for an unlinked session and pushes for a linked one. */
    @Test
    void aDecisionOnAnUnlinkedSessionSendsNothing() throws Exception {
        try (Fixture f = Fixture.ter()) {
            FakeGx gx = new FakeGx();
            S9aContext ctx = new S9aContext(f.dictionary, Fixture.PCRF, "example", f.store, gx, f.wire, h -> "example",
                    f.clock);
            S9aPolicyPush push = new S9aPolicyPush(ctx);
            GxEstablishmentListener listener = new GxEstablishmentListener(new EstablishmentService(f.initiator, push),
                    push, f.store);
            IpCanSession session = f.gxSession("pgw;2", "001010000000002", "198.51.100.8");
            gx.policy = FakeGx.policy(FakeGx.rule("hd", 2, 8_000_000));

            listener.decided(session, Optional.empty());
            assertThat(push.linked(session)).isFalse();
            assertThat(f.wire.requests()).as("no S9a session: nothing to tell").isEmpty();

            DiameterMessage ccrI = MessageBuilder.request(f.dictionary, S9A, "CCR").add("Session-Id", "bpcf;2;1")
                    .add("Auth-Application-Id", S9A).originHost(Fixture.BPCF).originRealm("example")
                    .add("Destination-Realm", "example").add("CC-Request-Type", "INITIAL_REQUEST")
                    .add("CC-Request-Number", 0L).add("UE-Local-IP-Address", InetAddress.getByName("198.51.100.8"))
                    .build();
            new EstablishmentService(f.initiator, push).s9aHandler(ctx).handleCcr(Fixture.BPCF, f.wire.roundTrip(ccrI))
                    .toCompletableFuture().join();
            IpCanSession linked = f.store.sessions().get("pgw;2").toCompletableFuture().join().orElseThrow();
            assertThat(push.linked(linked)).isTrue();
            gx.policy = FakeGx.policy(FakeGx.rule("sd", 2, 2_000_000));

            listener.decided(linked, Optional.empty());
            DiameterMessage rar = f.wire.last();
            assertThat(rar.name()).isEqualTo("RAR");
            assertThat(rar.avp("QoS-Rule-Install")).isPresent();
        }
    }
}
