package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code GET /metrics} of the shipped PCRF after a real establishment over TCP (a PCEF's WLAN
 * CCR-I, the TER to the shipped BPCF, its S9a CCR-I), a policy reload that adds a rule, an
 * operator re-authorisation and a reload of a broken file: the requests the PCRF sent are
 * counted and timed per application and command with their Result-Codes, and the trigger,
 * policy push, reload and session gauges say what happened.
 */
@Timeout(30)
class EstablishmentMetricsTest {
    private static final String GX_SESSION = RunningPcrfFixture.PCEF + ";1;metrics";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void sentRequestsTriggersPushesReloadsAndSessionsAreCounted() throws Exception {
        try (RunningPcrfFixture f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false))) {
            DiameterMessage cca = f.pcef.request(f.wlanInitial(GX_SESSION, "001010000000078", "198.51.100.8"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(cca.avp("Result-Code").map(Avp::asUnsigned32).orElse(0L)).isEqualTo(2001);
            Await.await("the BPCF's S9a session", WAIT, () -> value(scrape(f), "pcrfd_sessions{application=\"S9a\"}") == 1);

            f.writePolicy(RunningPcrfEstablishmentTest.policy(true));
            assertThat(f.rest("POST", "/policy/reload").statusCode()).isEqualTo(200);
            assertThat(f.rest("POST", "/sessions/" + GX_SESSION + "/reauthorize").statusCode()).isEqualTo(202);
            Files.writeString(f.dir.resolve("policy.yaml"), "plans: [not, a, map]\n");
            assertThat(f.rest("POST", "/policy/reload").statusCode()).isEqualTo(400);
            String gxRar = "{application=\"Gx\",command=\"RAR\"";
            Await.await("the Gx RARs answered", WAIT, () -> value(scrape(f),
                    "pcrfd_diameter_outbound_request_duration_seconds_count" + gxRar + "}") >= 1);

            String m = scrape(f);
            String ter = "{application=\"S9a\",command=\"TER\"";
            assertThat(value(m, "pcrfd_diameter_outbound_requests_total" + ter + "}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_outbound_answers_total" + ter + ",result_code=\"2001\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_outbound_request_duration_seconds_count" + ter + "}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_outbound_requests_in_flight" + ter + "}")).isZero();
            assertThat(value(m, "pcrfd_diameter_inbound_answers_total{application=\"S9a\",command=\"CCR\","
                    + "result_code=\"2001\"}")).as("the BPCF's CCR-I").isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_outbound_answers_total" + gxRar + ",result_code=\"2001\"}"))
                    .as("one RAR for the reload's new rule, one for the operator").isEqualTo(2);
            assertThat(value(m, "pcrfd_diameter_outbound_answers_total{application=\"S9a\",command=\"RAR\","
                    + "result_code=\"2001\"}")).as("the new QoS rule to the BPCF").isEqualTo(1);
            assertThat(value(m, "pcrfd_gx_policy_pushes_total{outcome=\"applied\",reason=\"policy_reload\"}"))
                    .isEqualTo(1);
            assertThat(value(m, "pcrfd_gx_policy_pushes_total{outcome=\"applied\",reason=\"operator\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_establishment_triggers_total{outcome=\"sent\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_establishment_triggers_total{outcome=\"matched\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_sessions{application=\"Gx\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_policy_reloads_total{outcome=\"success\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_policy_reloads_total{outcome=\"failure\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_peer_open{peer=\"" + RunningPcrfFixture.BPCF + "\"}")).isEqualTo(1);
            assertThat(value(m, "pcrfd_diameter_watchdog_transitions_total{state=\"OKAY\"}"))
                    .as("the PCEF's and the BPCF's connections opened").isEqualTo(2);
            assertThat(m).as("no label names a session, a subscriber, an address or an unconfigured peer")
                    .doesNotContain(GX_SESSION, "001010000000078", "198.51.100.8", RunningPcrfFixture.PCEF);
        }
    }

    private static String scrape(RunningPcrfFixture f) {
        try {
            return f.rest("GET", "/metrics").body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The value of the series named exactly {@code series} (name and labels), or -1 when absent. */
    private static double value(String body, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
