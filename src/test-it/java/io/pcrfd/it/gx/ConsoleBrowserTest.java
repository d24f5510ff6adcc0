package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console in a real browser (headless Chromium through chromedriver), on the real PCRF
 * with the ladder on and a PCEF talking Gx over TCP: what the page shows is asserted as the
 * browser rendered it — the peer and its state, counters that move without a reload, the
 * session found by IMSI with its rules and QoS, and its ladder rows with their result codes.
 * Skipped when Chromium or chromedriver is not installed. Writes the page as
 * {@code target/console.png}; with {@code -Dconsole.screenshot=FILE} also there (the README's
 * picture is made so).
 */
@Timeout(90)
class ConsoleBrowserTest {
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final String ID = "pgw1.epc.e2e.example;1700000000;42";
    private static final String PEER_ROW = "return Array.from(document.querySelectorAll('#peers tbody tr'))"
            + ".map(tr => Array.from(tr.cells).map(td => td.textContent));";
    private static final String COUNTER = "const tr = document.querySelector('#counters tr[data-counter=\"%s\"]');"
            + " return tr ? tr.cells[1].textContent : null;";
    private static final String SESSION = "const s = document.querySelector('.session');"
            + " return s ? {id: s.dataset.session, text: s.textContent} : null;";
    private static final String LADDER_ROWS = "return Array.from(document.querySelectorAll('.session .ladder-rows tbody tr'))"
            + ".map(tr => [2, 3, 4, 6, 7, 8].map(i => tr.cells[i].textContent).join(' '));";
    private static final String DIAGRAM = "const d = document.querySelector('.session pre.diagram');"
            + " return d ? d.textContent : '';";

    @TempDir
    Path dir;
    private final GxPcef pcef = new GxPcef("pgw1.epc.e2e.example", 7);

    @Test
    void theConsoleShowsThePeerCountersTheSessionFoundByImsiAndItsLadder() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        try (PcrfUnderTest pcrf = PcrfUnderTest.startWith(dir, NOON, "console: {ladder: {enabled: true}}\n");
             TestPeer pgw = pcrf.connect(pcef.host());
             HeadlessChromium browser = HeadlessChromium.start(dir, 1280, 1500)) {
            DiameterMessage ccaI = call(pgw, pcef.initial(ID, GxPcef.GOLD_IMSI, "10.20.7.1"));
            assertThat(resultCode(ccaI)).isEqualTo(2001);
            DiameterMessage ccaU = call(pgw, pcef.update(ID, 1));
            assertThat(resultCode(ccaU)).isEqualTo(2001);

            browser.open("http://127.0.0.1:" + pcrf.node.restAddress().getPort() + "/#imsi=" + GxPcef.GOLD_IMSI);

            JsonNode peers = browser.await("the PCEF as an open peer", PEER_ROW, v -> v.size() == 1);
            assertThat(texts(peers.get(0))).containsExactly(pcef.host(), GxPcef.REALM, "R_OPEN", "OKAY", "OKAY");
            browser.await("one live session counted", COUNTER.formatted("store.sessions"), v -> "1".equals(v.asText()));
            // the counters are polled: a second session shows without a reload
            assertThat(resultCode(call(pgw, pcef.initial("pgw1;2;other", GxPcef.BASIC_IMSI, "10.20.7.2")))).isEqualTo(2001);
            browser.await("the second session counted", COUNTER.formatted("store.sessions"), v -> "2".equals(v.asText()));

            JsonNode session = browser.await("the session found by IMSI", SESSION, v -> !v.isNull());
            assertThat(session.get("id").asText()).isEqualTo(ID);
            assertThat(session.get("text").asText()).contains(GxPcef.GOLD_IMSI, "10.20.7.1", "internet", "video",
                    "no linked S9a/S9/Sy/Rx sessions");
            JsonNode rows = browser.await("the ladder's four rows", LADDER_ROWS, v -> v.size() == 4);
            assertThat(texts(rows)).containsExactly(
                    "in " + pcef.host() + " CCR-I R " + hex(ccaI) + " ",
                    "out " + pcef.host() + " CCA-I  " + hex(ccaI) + " 2001",
                    "in " + pcef.host() + " CCR-U R " + hex(ccaU) + " ",
                    "out " + pcef.host() + " CCA-U  " + hex(ccaU) + " 2001");
            String diagram = browser.script(DIAGRAM).asText();
            assertThat(diagram).contains("time (ms)", pcef.host(), "pcrf.e2e.example", " CCR-I Gx ", " CCA-I Gx 2001 ",
                    "->|", "|<-");

            byte[] png = browser.screenshot();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            save(png);
        }
    }

    private static String hex(DiameterMessage m) {
        return String.format("0x%08x", Integer.toUnsignedLong(m.hopByHop().value()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void save(byte[] png) throws IOException {
        Files.write(Path.of("target", "console.png"), png);
        String extra = System.getProperty("console.screenshot");
        if (extra != null && !extra.isBlank()) {
            Files.write(Path.of(extra), png);
        }
    }
}
