package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What the establishment tests over the running PCRF read off the wire (the relay's ladder)
 * and off the admin REST API; every wait is bounded by {@link #WAIT}.
 */
final class S9aWire {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final long TER = 8388656L;
    static final long AAR = 265L;
    static final long CC = 272L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private S9aWire() {
    }

    /** The first message on the wire that {@code p} accepts, waiting at most {@link #WAIT}. */
    static WireEvent seen(RunningPcrfFixture f, String what, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = f.wire.await(p, System.nanoTime() + WAIT.toNanos());
        assertThat(e).as(what + " on the wire, within " + WAIT + "; seen: " + f.wire.render()).isNotNull();
        return e;
    }

    /** Waits until {@code n} messages that {@code p} accepts are on the wire; returns them all. */
    static List<WireEvent> seenTimes(RunningPcrfFixture f, String what, Predicate<WireEvent> p, int n)
            throws InterruptedException {
        seen(f, n + " x " + what, e -> all(f, p).size() >= n);
        return all(f, p);
    }

    static List<WireEvent> all(RunningPcrfFixture f, Predicate<WireEvent> p) {
        return f.wire.events().stream().filter(p).toList();
    }

    static boolean toBpcf(WireEvent e) {
        return e.to().equals("BPCF");
    }

    /** A CCR/CCA of {@code type} (1 INITIAL, 3 TERMINATION) on S9a. */
    static boolean cc(WireEvent e, int type) {
        return e.command() == CC && e.application() == RunningPcrfFixture.S9A && e.requestType() == type;
    }

    static String sessionId(WireEvent e) {
        return e.message().sessionId().orElseThrow();
    }

    static String establishmentId(DiameterMessage m) {
        return m.avp("Establishment-Id").map(Avp::asUtf8String).orElse(null);
    }

    static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32).orElse(0L);
    }

    /** QoS-Rule-Name of every QoS-Rule-Definition inside the {@code avp} AVPs (QoS-Rule-Install). */
    static List<String> ruleNames(DiameterMessage m, String avp) {
        return m.avps(avp).stream().flatMap(i -> i.children("QoS-Rule-Definition").stream())
                .map(d -> d.child("QoS-Rule-Name").orElseThrow().asUtf8String()).toList();
    }

    /** The PCEF's request, answered within {@link #WAIT}. */
    static DiameterMessage exchange(RunningPcrfFixture f, DiameterMessage request) throws Exception {
        return f.pcef.request(request).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** linkedSessions of a Gx session as {@code GET /sessions/{id}} shows it. */
    static JsonNode linkedSessions(RunningPcrfFixture f, String gxSessionId) {
        return restJson(f, "/sessions/" + gxSessionId).path("linkedSessions");
    }

    static boolean linked(RunningPcrfFixture f, String gxSessionId, String s9aSessionId) {
        return linkedSessions(f, gxSessionId).toString().contains(s9aSessionId);
    }

    /** One counter of {@code GET /metrics/counters}. */
    static long counter(RunningPcrfFixture f, String name) {
        return restJson(f, "/metrics/counters").path(name).asLong(-1);
    }

    private static JsonNode restJson(RunningPcrfFixture f, String path) {
        try {
            var response = f.rest("GET", path);
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
