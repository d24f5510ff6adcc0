package io.pcrfd.bpcf;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import java.net.InetAddress;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the BPCF answers to triggers it cannot or need not act on. */
class TriggerReceiverTest {
    private static final long S9A = 16777319L;

    private static DiameterMessage ter(Loop l, Consumer<MessageBuilder> more) {
        MessageBuilder b = MessageBuilder.request(l.dictionary, S9A, "TER").add("Session-Id", "pcrf;1;1")
                .add("Auth-Application-Id", S9A).originHost("proxy.pcrfd.local").originRealm("pcrfd.local")
                .add("Destination-Realm", "pcrfd.local").add("Destination-Host", Loop.BPCF)
                .add("Auth-Session-State", "NO_STATE_MAINTAINED").add("PCRF-Address", Loop.PCRF);
        more.accept(b);
        return b.build();
    }

    private static DiameterMessage answer(Loop l, DiameterMessage request) {
        DiameterMessage in = l.carry("PCRF -> BPCF", request);
        return l.carry("PCRF <- BPCF", l.bpcf.triggers().handle(in).toCompletableFuture().join());
    }

    private static long rc(DiameterMessage m) {
        return m.avp("Result-Code").orElseThrow().asUnsigned32();
    }

    private static Consumer<MessageBuilder> ue(String ip) {
        return b -> {
            try {
                b.add("UE-Local-IP-Address", InetAddress.getByName(ip));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        };
    }

    @Test
    void terWithoutLocalIpIs5005AndOnAnUnknownLineIs5030() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            DiameterMessage missing = answer(l, ter(l, b -> { }));
            DiameterMessage noLine = answer(l, ter(l, ue("203.0.113.1")));
            assertThat(missing.commandCode()).isEqualTo(8388656);
            assertThat(rc(missing)).isEqualTo(5005);
            assertThat(rc(noLine)).isEqualTo(5030);
            assertThat(noLine.avp("Error-Message").orElseThrow().asUtf8String()).contains("203.0.113.1");
            l.settle();
            assertThat(l.ladder).noneMatch(s -> s.startsWith("BPCF ->"));
        }
    }

    @Test
    void aLocalIpOnNoPrefixFindsItsLineByTheTriggersLogicalAccessId() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy();
            l.gxSession("epdg;1", "001010000000001", "203.0.113.1");
            DiameterMessage byId = answer(l, ter(l, ue("203.0.113.1").andThen(b -> b.add("Logical-Access-ID",
                    "dslam-7 atm 3/0:8.35"))));
            DiameterMessage unknownId = answer(l, ter(l, ue("203.0.113.2").andThen(b -> b.add("Logical-Access-ID",
                    "dslam-9 atm 1/0:1.1"))));
            assertThat(rc(byId)).isEqualTo(2001);
            assertThat(rc(unknownId)).isEqualTo(5030);
            assertThat(unknownId.avp("Error-Message").orElseThrow().asUtf8String()).contains("dslam-9 atm 1/0:1.1");
            l.settle();
            assertThat(l.bpcf.sessions().forLocalIp("203.0.113.1").orElseThrow().lineId()).isEqualTo("line-3");
        }
    }

    @Test
    void aCcrTriggerWithoutPcrfAddressOpensTheSessionTowardsItsOriginHost() {
        try (Loop l = new Loop(Encoding.CCR, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy();
            l.gxSession("epdg;1", "001010000000001", "198.51.100.7");
            l.pcrf.onGxSessionEstablished(l.reload("epdg;1")).toCompletableFuture().join();
            l.settle();
            DiameterMessage trigger = l.wire.get(0);
            assertThat(trigger.name()).isEqualTo("CCR");
            assertThat(trigger.avp("PCRF-Address")).isEmpty();
            DiameterMessage ccrI = l.wire.get(2);
            assertThat(ccrI.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Loop.PCRF);
            assertThat(l.bpcf.list()).singleElement().satisfies(s -> assertThat(s.up()).isTrue());
        }
    }

    @Test
    void ccrIGoesToPcrfAddressNotToTheProxyThatRewroteOriginHost() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy();
            assertThat(rc(answer(l, ter(l, ue("198.51.100.7"))))).isEqualTo(2001);
            l.settle();
            DiameterMessage ccrI = l.wire.get(2);
            assertThat(ccrI.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Loop.PCRF);
        }
    }

    @Test
    void aRepeatedTriggerForAServedLocalIpOpensNoSecondSession() {
        try (Loop l = new Loop(Encoding.TER, Mode.NOTIFY_ONLY)) {
            l.policy = EstablishmentFlowTest.policy();
            l.gxSession("epdg;1", "001010000000001", "198.51.100.7");
            answer(l, ter(l, ue("198.51.100.7").andThen(b -> b.addGrouped("Subscription-Id", g -> g
                    .add("Subscription-Id-Type", "END_USER_IMSI").add("Subscription-Id-Data", "001010000000001")))));
            l.settle();
            assertThat(rc(answer(l, ter(l, ue("198.51.100.7"))))).isEqualTo(2001);
            l.settle();
            assertThat(l.bpcf.list()).hasSize(1);
        }
    }

    @Test
    void ccrWithoutTheIndicationIsRefusedButATriggerSessionCcrTIsAnswered() {
        try (Loop l = new Loop(Encoding.CCR, Mode.ONE_SHOT)) {
            MessageBuilder plain = MessageBuilder.request(l.dictionary, S9A, "CCR").add("Session-Id", "pcrf;1;2")
                    .add("Auth-Application-Id", S9A).originHost(Loop.PCRF).originRealm("pcrfd.local")
                    .add("Destination-Realm", "pcrfd.local").add("CC-Request-Number", 0L);
            DiameterMessage init = answer(l, MessageBuilder.request(l.dictionary, S9A, "CCR").add("Session-Id", "pcrf;1;2")
                    .add("Auth-Application-Id", S9A).originHost(Loop.PCRF).originRealm("pcrfd.local")
                    .add("Destination-Realm", "pcrfd.local").add("CC-Request-Type", "INITIAL_REQUEST")
                    .add("CC-Request-Number", 0L).build());
            DiameterMessage term = answer(l, plain.add("CC-Request-Type", "TERMINATION_REQUEST").build());
            assertThat(rc(init)).isEqualTo(5012);
            assertThat(rc(term)).isEqualTo(2001);
            assertThat(term.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
        }
    }
}
