package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.runtime.ShippedLogLayout;
import org.junit.jupiter.api.Test;

/**
 * A CCR whose Subscription-Id-Data and Session-Id hold line breaks is refused (5004) and logged
 * on one line, its wire values escaped by the shipped layout: no forged line.
 */
class GxLogInjectionTest {
    @Test
    void wireValuesWithLineBreaksAreLoggedEscapedOnOneLine() {
        String sid = "pgw1;9;1\nFORGED Session-Id line";
        try (GxHarness h = new GxHarness(); ShippedLogLayout log = new ShippedLogLayout()) {
            DiameterMessage ccr = h.pcef.ccr(sid, "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                            .add("Subscription-Id-Data", "123\nFORGED 2026-11-18T12:00:00.000Z ERROR [main] fake"))
                    .build();

            DiameterMessage cca = join(h.app.handle(ccr));

            assertThat(resultCode(cca)).isEqualTo(5004);
            assertThat(log.lines()).noneMatch(l -> l.startsWith("FORGED"));
            assertThat(log.lines()).anyMatch(l -> l.contains("Session-Id=pgw1;9;1\\nFORGED Session-Id line")
                    && l.contains("CCR refused") && l.contains("'123\\nFORGED 2026-11-18T12:00:00.000Z ERROR [main] fake'"));
            assertThat(join(h.store.sessions().get(sid))).isEmpty();
        }
    }
}
