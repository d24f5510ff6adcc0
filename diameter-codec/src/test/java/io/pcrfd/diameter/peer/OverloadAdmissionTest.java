package io.pcrfd.diameter.peer;

import static io.pcrfd.diameter.peer.AdmissionHarness.SERVER;
import static io.pcrfd.diameter.peer.TestNodes.REALM;
import static io.pcrfd.diameter.peer.TestNodes.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.overload.OverloadOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Admission control on the wire (RFC 6733 §7.1.3 3004 DIAMETER_TOO_BUSY): limits per peer and
 * per node, the queue delay, the request age; the handler is never called for a refused
 * request, base messages always flow, and the node takes requests again once load falls.
 */
class OverloadAdmissionTest {
    private static final String PCEF = "pcef.test.example";
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private static OverloadOptions limits(int perPeer, int perNode) {
        return OverloadOptions.DEFAULTS.withMaxPending(perPeer, perNode);
    }

    @Test
    void aboveThePeerLimitARequestGets3004AtOnceWithoutItsHandlerAndRecoversWhenLoadFalls() {
        AdmissionHarness h = new AdmissionHarness(limits(2, 100), AdmissionHarness.PARK);
        EmbeddedChannel ch = h.connect(PCEF);
        assertThat(h.exchange(ch, h.ccr(PCEF, PCEF + ";1", "INITIAL_REQUEST"),
                h.ccr(PCEF, PCEF + ";2", "INITIAL_REQUEST"))).isEmpty();
        assertThat(h.handled).hasValue(2);

        DiameterMessage third = h.ccr(PCEF, PCEF + ";3", "TERMINATION_REQUEST", false, true);
        DiameterMessage busy = h.exchange(ch, third).get(0);
        assertThat(h.handled).as("the refused request never reached the handler").hasValue(2);
        assertThat(resultCode(busy)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(busy.flags().error()).isTrue();
        assertThat(busy.flags().request()).isFalse();
        assertThat(busy.flags().proxiable()).isTrue();
        assertThat(busy.commandCode()).isEqualTo(CommandCodes.CREDIT_CONTROL);
        assertThat(busy.hopByHop()).isEqualTo(third.hopByHop());
        assertThat(busy.endToEnd()).isEqualTo(third.endToEnd());
        assertThat(busy.avps()).extracting(Avp::name).containsExactly("Session-Id", "Origin-Host", "Origin-Realm",
                "Result-Code", "Error-Message", "Proxy-Info");
        assertThat(busy.sessionId()).contains(PCEF + ";3");
        assertThat(busy.avp("Origin-Host").orElseThrow().asUtf8String()).isEqualTo(SERVER);
        assertThat(busy.avp("Origin-Realm").orElseThrow().asUtf8String()).isEqualTo(REALM);
        assertThat(busy.avp("Error-Message").orElseThrow().asUtf8String())
                .isEqualTo("too many requests pending from this peer");
        assertThat(busy.avp("Proxy-Info").orElseThrow().data()).as("copied octet for octet")
                .isEqualTo(third.avp("Proxy-Info").orElseThrow().data());
        assertThat(h.node.overload().refusedOnArrivalCount()).isEqualTo(1);

        DiameterMessage dwa = h.exchange(ch, h.dwr(PCEF)).get(0);
        assertThat(dwa.commandCode()).as("base messages are never refused").isEqualTo(CommandCodes.DEVICE_WATCHDOG);
        assertThat(resultCode(dwa)).isEqualTo(ResultCodes.DIAMETER_SUCCESS);

        List<DiameterMessage> first = answerParked(h, ch);
        assertThat(first).extracting(TestNodes::resultCode).containsExactly(2001L, 2001L);
        assertThat(h.node.overload().pending()).isZero();
        h.parked.clear();
        assertThat(h.exchange(ch, h.ccr(PCEF, PCEF + ";4", "INITIAL_REQUEST"))).isEmpty();
        assertThat(h.handled).as("load fell: taken again").hasValue(3);
    }

    private static List<DiameterMessage> answerParked(AdmissionHarness h, EmbeddedChannel ch) {
        h.parked.forEach(Runnable::run);
        return h.settle(ch);
    }


    @Test
    void aboveTheNodeLimitARequestOnAnyConnectionGets3004() {
        AdmissionHarness h = new AdmissionHarness(limits(10, 3), AdmissionHarness.PARK);
        EmbeddedChannel a = h.connect("a." + PCEF);
        EmbeddedChannel b = h.connect("b." + PCEF);
        h.exchange(a, h.ccr("a." + PCEF, "a;1", "INITIAL_REQUEST"), h.ccr("a." + PCEF, "a;2", "INITIAL_REQUEST"));
        assertThat(h.exchange(b, h.ccr("b." + PCEF, "b;1", "INITIAL_REQUEST"))).isEmpty();
        assertThat(h.node.overload().pending()).isEqualTo(3);

        DiameterMessage busy = h.exchange(b, h.ccr("b." + PCEF, "b;2", "UPDATE_REQUEST")).get(0);
        assertThat(resultCode(busy)).isEqualTo(ResultCodes.DIAMETER_TOO_BUSY);
        assertThat(busy.avp("Error-Message").orElseThrow().asUtf8String())
                .isEqualTo("too many requests pending on this node");
        assertThat(h.handled).hasValue(3);
    }

    /**
     * Each request takes 5 ms of the loop and six arrive in one batch: the first drain handles
     * one and leaves the rest queued. A CCR-I arriving when the oldest has waited over
     * maxQueueDelay (2 ms) is refused at once; a CCR-U and a CCR-T of sessions under way are
     * taken however late the queue is (refusing them would orphan their sessions).
     */
    @Test
    void whileTheQueueIsLateNewSessionsAreRefusedAndSessionsUnderWayAreTaken() {
        OverloadOptions o = OverloadOptions.DEFAULTS.withDelays(Duration.ofMillis(2), Duration.ofSeconds(1));
        AdmissionHarness h = new AdmissionHarness(o, 5 * MS);
        EmbeddedChannel ch = h.connect(PCEF);
        DiameterMessage[] burst = new DiameterMessage[6];
        for (int i = 0; i < burst.length; i++) {
            burst[i] = h.ccr(PCEF, PCEF + ";b" + i, "INITIAL_REQUEST");
        }
        h.deliver(ch, burst);
        assertThat(h.handled).as("one drain budget (1 ms) of 5 ms requests: one handled").hasValue(1);

        h.deliver(ch, h.ccr(PCEF, PCEF + ";new", "INITIAL_REQUEST"), h.ccr(PCEF, PCEF + ";b0", "UPDATE_REQUEST"));
        h.clock.addAndGet(100 * MS);
        h.deliver(ch, h.ccr(PCEF, PCEF + ";b1", "TERMINATION_REQUEST"));
        List<DiameterMessage> out = h.settle(ch);
        assertThat(out).filteredOn(a -> resultCode(a) == ResultCodes.DIAMETER_TOO_BUSY).singleElement()
                .satisfies(a -> {
                    assertThat(a.sessionId()).contains(PCEF + ";new");
                    assertThat(a.avp("Error-Message").orElseThrow().asUtf8String())
                            .isEqualTo("overloaded: new work refused while requests wait");
                });
        assertThat(out).filteredOn(a -> resultCode(a) == ResultCodes.DIAMETER_SUCCESS).hasSize(8);
        assertThat(h.handled).as("6 of the burst, the CCR-U and the CCR-T").hasValue(8);
        assertThat(h.node.overload().pending()).isZero();

        h.clock.addAndGet(10 * MS);
        assertThat(h.exchange(ch, h.ccr(PCEF, PCEF + ";later", "INITIAL_REQUEST")))
                .extracting(TestNodes::resultCode).as("the queue is empty again").containsExactly(2001L);
    }

    /**
     * Each request takes 30 ms; five arrive at once and maxRequestAge is 50 ms: the first two
     * are handled (waited 0 and 30 ms), the other three have waited 60 ms by their turn and get
     * 3004 without their handler, so no session is created for a client that gave up.
     */
    @Test
    void aRequestOlderThanMaxRequestAgeIsAnswered3004WithoutItsHandler() {
        OverloadOptions o = OverloadOptions.DEFAULTS.withDelays(Duration.ofSeconds(10), Duration.ofMillis(50));
        AdmissionHarness h = new AdmissionHarness(o, 30 * MS);
        EmbeddedChannel ch = h.connect(PCEF);
        DiameterMessage[] five = new DiameterMessage[5];
        for (int i = 0; i < five.length; i++) {
            five[i] = h.ccr(PCEF, PCEF + ";" + i, "INITIAL_REQUEST");
        }
        List<DiameterMessage> out = h.exchange(ch, five);

        assertThat(h.handled).hasValue(2);
        assertThat(out).extracting(TestNodes::resultCode).containsExactly(2001L, 2001L, 3004L, 3004L, 3004L);
        assertThat(out.subList(2, 5)).allSatisfy(a -> {
            assertThat(a.flags().error()).isTrue();
            assertThat(a.avp("Error-Message").orElseThrow().asUtf8String()).isEqualTo("waited too long to be handled");
        });
        assertThat(out).extracting(a -> a.sessionId().orElseThrow())
                .containsExactly(PCEF + ";0", PCEF + ";1", PCEF + ";2", PCEF + ";3", PCEF + ";4");
        assertThat(h.node.overload().refusedAgedCount()).isEqualTo(3);
        assertThat(h.node.overload().refusedOnArrivalCount()).isZero();
        assertThat(h.node.overload().pending()).isZero();
    }

    @Test
    void withAdmissionControlOffEveryRequestIsHandledHoweverLate() {
        OverloadOptions o = OverloadOptions.DEFAULTS.withDelays(Duration.ofMillis(1), Duration.ofMillis(1))
                .withMaxPending(1, 1).withEnabled(false);
        AdmissionHarness h = new AdmissionHarness(o, 30 * MS);
        EmbeddedChannel ch = h.connect(PCEF);
        List<DiameterMessage> out = h.exchange(ch, h.ccr(PCEF, "s;1", "INITIAL_REQUEST"),
                h.ccr(PCEF, "s;2", "INITIAL_REQUEST"), h.ccr(PCEF, "s;3", "INITIAL_REQUEST"));
        assertThat(out).extracting(TestNodes::resultCode).containsExactly(2001L, 2001L, 2001L);
    }
}
