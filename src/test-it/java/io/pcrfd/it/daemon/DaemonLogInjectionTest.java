package io.pcrfd.it.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire values holding line breaks, on the daemon's own standard error with its shipped log
 * layout: a Session-Id (refused 5004 by the codec, RFC 6733 §8.8) and a Subscription-Id-Data
 * (refused 5004 by the Gx parser) are printed escaped on the line of their event, and no line
 * starts with the text that followed the line break.
 */
@Timeout(120)
class DaemonLogInjectionTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final String PCEF = "pgw.log.example";

    @Test
    void lineBreaksInWireValuesDoNotForgeLogLines(@TempDir Path dir) throws Exception {
        int port = Daemon.freePort();
        Path config = Files.writeString(dir.resolve("pcrf.yaml"), """
                diameter:
                  originHost: pcrf.log.example
                  originRealm: log.example
                  listen: [{address: 127.0.0.1, port: %d}]
                rest: {address: 127.0.0.1, port: %d}
                store: {snapshot: {enabled: false}}
                """.formatted(port, Daemon.freePort()));
        try (Daemon pcrfd = Daemon.start(Map.of(), "run", "--config", config.toString())) {
            pcrfd.awaitOut(l -> l.contains("listening for Diameter on"), Duration.ofSeconds(60));
            try (TestPeer pgw = TestPeer.client(DICT, PCEF, "log.example", port, ApplicationIds.GX)) {
                pgw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(10));

                assertThat(resultCode(pgw.request(ccr(PCEF + ";1\nFORGED session line", "123"))
                        .get(10, TimeUnit.SECONDS))).isEqualTo(5004);
                assertThat(resultCode(pgw.request(ccr(PCEF + ";2", "123\nFORGED 2026-01-01 ERROR data line"))
                        .get(10, TimeUnit.SECONDS))).isEqualTo(5004);

                pcrfd.awaitErr(l -> l.contains(PCEF + ";2 ") && l.contains("CCR refused"), Duration.ofSeconds(10));
                List<String> err = pcrfd.stderr();
                assertThat(err).noneMatch(l -> l.startsWith("FORGED"));
                assertThat(err).anyMatch(l -> l.contains(" session=" + PCEF + ";1\\nFORGED session line hbh=0x")
                        && l.contains("CCR refused: DIAMETER_INVALID_AVP_VALUE (5004)"));
                assertThat(err).anyMatch(l -> l.contains("'123\\nFORGED 2026-01-01 ERROR data line'"));
            }
        }
    }

    private static DiameterMessage ccr(String sessionId, String imsi) {
        return MessageBuilder.request(DICT, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId).add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", PCEF).add("Origin-Realm", "log.example")
                .add("Destination-Realm", "log.example").add("CC-Request-Type", "INITIAL_REQUEST")
                .add("CC-Request-Number", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .build();
    }

    private static long resultCode(DiameterMessage m) {
        return m.avp("Result-Code").map(Avp::asUnsigned32).orElse(-1L);
    }
}
