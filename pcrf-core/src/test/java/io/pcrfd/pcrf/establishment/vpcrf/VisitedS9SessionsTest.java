package io.pcrfd.pcrf.establishment.vpcrf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.establishment.Fixture;
import io.pcrfd.store.model.TriggerIdentification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The V-PCRF's S9 sessions after the CCA-I: the H-PCRF's RARs, the release, the local Gx end. */
class VisitedS9SessionsTest {
    private static final String S9_SESSION = "vpcrf.visited;1;1";
    private static final String IMSI = "001010000000001";
    private final List<Runnable> afterAnswer = new ArrayList<>();

    private VisitedS9Sessions sessions(Fixture v) {
        return new VisitedS9Sessions(new VPcrfContext(v.dictionary, "vpcrf.visited", "visited", v.store, v.wire,
                afterAnswer::add, v.clock));
    }

    private static DiameterMessage rar(Fixture f, String sessionId, Consumer<MessageBuilder> body) {
        MessageBuilder b = MessageBuilder.request(f.dictionary, VPcrfContext.S9, "RAR").add("Session-Id", sessionId)
                .add("Auth-Application-Id", VPcrfContext.S9).originHost("hpcrf.home").originRealm("home")
                .add("Destination-Realm", "visited").add("Destination-Host", "vpcrf.visited")
                .add("Re-Auth-Request-Type", "AUTHORIZE_ONLY");
        body.accept(b);
        return f.wire.roundTrip(b.build());
    }

    private static Consumer<MessageBuilder> install(String name) {
        return b -> b.addGrouped("QoS-Rule-Install", i -> i.addGrouped("QoS-Rule-Definition",
                d -> d.add("QoS-Rule-Name", name.getBytes(StandardCharsets.UTF_8))));
    }

    private static long rc(DiameterMessage answer) {
        return answer.avp("Result-Code").orElseThrow().asUnsigned32();
    }

    private VisitedS9Sessions opened(Fixture v) {
        return opened(v, "pgw.visited;1");
    }

    private VisitedS9Sessions opened(Fixture v, String localGx) {
        VisitedS9Sessions s = sessions(v);
        v.gxSession(localGx, IMSI, "198.51.100.7");
        DiameterMessage cca = rar(v, S9_SESSION, install("v")); // any message with QoS-Rule-Install will do
        s.opened(S9_SESSION, "hpcrf.home", "home", new TriggerIdentification(null, "198.51.100.7", null, IMSI,
                "internet"), cca).toCompletableFuture().join();
        return s;
    }

    @Test
    void rarWithRulesIsAnswered2001AndTheRulesAreKept() {
        try (Fixture v = Fixture.ter()) {
            VisitedS9Sessions s = opened(v);
            assertThat(s.view(S9_SESSION).orElseThrow().gxSessions()).containsExactly("pgw.visited;1");
            DiameterMessage raa = v.wire.roundTrip(s.handleRar(rar(v, S9_SESSION, install("hd").andThen(b -> b
                    .addGrouped("QoS-Rule-Remove", r -> r.add("QoS-Rule-Name", "v".getBytes(StandardCharsets.UTF_8))))))
                    .toCompletableFuture().join());
            assertThat(rc(raa)).isEqualTo(2001);
            assertThat(s.view(S9_SESSION).orElseThrow().qosRules()).containsExactly("hd");
            assertThat(afterAnswer).isEmpty();
        }
    }

    @Test
    void rarForAnUnknownSessionIs5002() {
        try (Fixture v = Fixture.ter()) {
            DiameterMessage raa = sessions(v).handleRar(rar(v, "no-such;1", b -> { })).toCompletableFuture().join();
            assertThat(rc(v.wire.roundTrip(raa))).isEqualTo(5002);
        }
    }

    @Test
    void releaseIsAnsweredFirstThenCcrTFollows() {
        try (Fixture v = Fixture.ter()) {
            VisitedS9Sessions s = opened(v);
            DiameterMessage raa = s.handleRar(rar(v, S9_SESSION, b -> b.add("Session-Release-Cause",
                    "UNSPECIFIED_REASON"))).toCompletableFuture().join();
            assertThat(rc(v.wire.roundTrip(raa))).isEqualTo(2001);
            assertThat(v.wire.requests()).as("the CCR-T waits for the RAA").isEmpty();
            afterAnswer.forEach(Runnable::run);
            DiameterMessage ccrT = v.wire.last();
            assertThat(ccrT.applicationId()).isEqualTo(VPcrfContext.S9);
            assertThat(ccrT.sessionId()).hasValue(S9_SESSION);
            assertThat(ccrT.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
            assertThat(ccrT.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
            assertThat(ccrT.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo("hpcrf.home");
            assertThat(s.list()).isEmpty();
        }
    }

    @Test
    void theEndOfTheLastLocalGxSessionEndsTheS9SessionAndARestartedHPcrfsAreDropped() {
        try (Fixture v = Fixture.ter()) {
            VisitedS9Sessions s = opened(v);
            s.gxListener().ended("some-other-gx;1", "CCR-T");
            assertThat(v.wire.requests()).isEmpty();
            s.gxListener().ended("pgw.visited;1", "CCR-T");
            assertThat(v.wire.last().avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
            assertThat(s.list()).isEmpty();

            VisitedS9Sessions again = opened(v, "pgw.visited;2");
            again.peerRestarted("HPCRF.home");
            assertThat(again.list()).isEmpty();
            assertThat(v.wire.requests()).as("nothing to send to a peer that lost the session").hasSize(1);
        }
    }
}
