package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@code java -jar pcrfd.jar run}, as a CI pipeline starts it, answers its first CCR-I
 * soon after its "listening" log line, because it warmed up before listening (README "Fast
 * start in CI"). The bound is generous, for a loaded 2-core CI machine: {@code pcrfd bench
 * --cold-start} measures the real figure (BENCHMARKS.md, "Cold start"); this test prints what it
 * saw. Without the warm-up the first answer took 1.2-5.6 s on the same loaded machine.
 */
@Timeout(120)
class ColdStartDaemonTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String PCEF = "pgw.cold.example";
    private static final String REALM = "cold.example";
    /** From the log line's time stamp to the CCA-I, CER/CEA on a new connection included. */
    private static final Duration BOUND = Duration.ofSeconds(1);

    @Test
    void theFirstCcrIAfterTheListeningLineIsAnswered2001WithinTheBound(@TempDir Path dir) throws Exception {
        warmThisTestsOwnClient();
        int port = Daemon.freePort();
        Path config = Files.writeString(dir.resolve("pcrf.yaml"), """
                diameter:
                  originHost: pcrf.cold.example
                  originRealm: cold.example
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {enabled: false}
                store: {snapshot: {enabled: false}}
                """.formatted(port));
        try (Daemon pcrfd = Daemon.start(Map.of(), "run", "--config", config.toString())) {
            String line = pcrfd.awaitErr(l -> l.contains("listening for Diameter on"), Duration.ofSeconds(90));
            try (TestPeer pgw = TestPeer.client(DICT, PCEF, REALM, port, ApplicationIds.GX)) {
                DiameterMessage cca = pgw.request(ccrInitial("pgw.cold.example;1;1")).get(10, TimeUnit.SECONDS);
                long answeredAt = System.currentTimeMillis();
                long afterListening = answeredAt - OffsetDateTime.parse(line.substring(0, line.indexOf(' ')))
                        .toInstant().toEpochMilli();

                System.out.println("cold start: first CCA-I " + afterListening + " ms after the daemon's listening line");
                assertThat(resultCode(cca)).isEqualTo(2001);
                assertThat(Duration.ofMillis(afterListening)).isLessThan(BOUND);
            }
            assertThat(pcrfd.stderr()).anyMatch(l -> l.matches(".* INFO .*warm-up: [1-9]\\d* Gx sessions .*"))
                    .filteredOn(l -> l.contains("listening")).as("only the real node's").hasSize(2);
        }
    }

    /** Only the daemon's start is timed: this JVM's client code is loaded against a test peer first. */
    private static void warmThisTestsOwnClient() throws Exception {
        try (TestPeer server = TestPeer.server(DICT, "pcrf.warm.example", REALM, ApplicationIds.GX);
             TestPeer client = TestPeer.client(DICT, PCEF, REALM, server.port(), ApplicationIds.GX)) {
            assertThat(resultCode(client.request(ccrInitial("pgw.cold.example;0;0")).get(10, TimeUnit.SECONDS)))
                    .isEqualTo(2001);
        }
    }

    private static DiameterMessage ccrInitial(String sessionId) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add(Rfc6733.SESSION_ID, sessionId).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .add(Rfc6733.ORIGIN_HOST, PCEF).add(Rfc6733.ORIGIN_REALM, REALM)
                .add(Rfc6733.DESTINATION_REALM, REALM)
                .add(Rfc4006.CC_REQUEST_TYPE, Rfc4006.CcRequestType.INITIAL_REQUEST)
                .add(Rfc4006.CC_REQUEST_NUMBER, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE,
                        Rfc4006.SubscriptionIdType.END_USER_IMSI).add(Rfc4006.SUBSCRIPTION_ID_DATA, "001010000000042"))
                .add(Rfc7155.FRAMED_IP_ADDRESS, new byte[] {10, 40, 0, 1})
                .add(Rfc7155.CALLED_STATION_ID, "internet").build();
    }

    private static long resultCode(DiameterMessage m) {
        return m.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
    }
}
