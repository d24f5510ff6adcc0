package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.it.Await;
import io.pcrfd.it.Erlang;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.TriggerState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erlang/OTP's diameter application, a strict independent stack, as a third-party BPCF over S9a
 * (TS 29.215 Annex A): reverse-initiated establishment end to end. Its S9a dictionary
 * ({@code src/test-it/resources/erlang/otp_s9a.dia}, written from TS 29.215 and TS 29.212 clause
 * 5a.3, inheriting the Gx AVPs of {@code otp_gx.dia}) is compiled by OTP's {@code diameterc}. The
 * BPCF ({@code otp_s9a_bpcf.erl}) dials pcrfd; pcrfd sends it a TER for a Gx session from its
 * fixed access, OTP answers TEA 2001 and opens the S9a session with a CCR-I built from what the
 * TER carried; pcrfd matches it to the trigger, answers with the subscriber's QoS rule, and
 * pushes the next policy by RAR. OTP decodes the TER, the CCA and the RAR with {@code
 * strict_mbit}, and the test requires no error in any of them. Skipped where Erlang/OTP is not
 * installed ({@link Erlang}).
 */
@Timeout(120)
class ErlangBpcfTest {
    private static final String BPCF = "otp-bpcf.test.example"; // otp_s9a_bpcf.erl's Origin-Host
    private static final String IMSI = "001010000000001";
    private static final String UE_LOCAL_IP = "198.51.100.7";

    private static String pcrfYaml() {
        return """
                diameter:
                  originHost: pcrf.test.example
                  originRealm: test.example
                  listen: [{address: 127.0.0.1, port: 3868}]
                  peers: [{host: %s, realm: test.example, connect: false}]
                establishment:
                  peers: [{host: %s, encoding: ter}]
                  mappings: [{prefix: 198.51.100.0/24, peer: %s}]
                """.formatted(BPCF, BPCF, BPCF);
    }

    @Test
    void otpBpcfAnswersOurTerOpensItsS9aSessionAndTakesOurQosRules(@TempDir Path dir) throws Exception {
        assumeTrue(Erlang.available(), Erlang.MISSING);
        Path build = dir.resolve("erlang");
        Erlang.compile(build, List.of("otp_gx", "otp_s9a"), "otp_s9a_bpcf");
        PolicyState video = EstablishmentEndToEndTest.policy("video", 2, 8_000_000L);
        PolicyState hd = EstablishmentEndToEndTest.policy("hd", 2, 20_000_000L);

        try (EstablishmentNode pcrf = new EstablishmentNode(pcrfYaml(), video)) {
            IpCanSession gx = IpCanSession.builder("epdg;1").imsi(IMSI).apn("internet").gatewayHost("epdg.example")
                    .access(new AccessInfo(UE_LOCAL_IP, null, 4500, null)).startedAt(pcrf.clock.instant())
                    .updatedAt(pcrf.clock.instant()).expiresAt(pcrf.clock.instant().plusSeconds(3600)).build();
            pcrf.store.sessions().create(gx).toCompletableFuture().join();
            CompletableFuture<TriggerResult> trigger = new CompletableFuture<>();
            CompletableFuture<Void> pushed = new CompletableFuture<>();

            List<String> printed = Erlang.client(build, "otp_s9a_bpcf", line -> {
                if (line.equals("up")) { // the BPCF is connected: the Gx session from its access is reported
                    runInto(trigger, () -> {
                        pcrf.awaitPeer(BPCF);
                        return pcrf.module.trigger().onGxSessionEstablished(gx).toCompletableFuture().join();
                    });
                } else if (line.startsWith("answer name=ccr-i ")) { // the S9a session is up: a new policy
                    runInto(pushed, () -> {
                        Await.await("the S9a link", Duration.ofSeconds(10), () -> !gx(pcrf).linkedSessions().isEmpty());
                        return pcrf.module.trigger().onPolicyChanged(gx(pcrf), video, hd).toCompletableFuture().join();
                    });
                }
            }, Integer.toString(pcrf.port()));
            List<String> out = Erlang.events(printed);

            assertThat(out).as("OTP accepted our CEA; output: %s", printed).first().isEqualTo("up");
            assertThat(out).as("the BPCF ended with DPR/DPA; output: %s", printed).last().isEqualTo("down");
            assertThat(Erlang.fields(line(out, "ter "))).as("the TER as OTP decoded it")
                    .containsEntry("errors", "[]").containsEntry("pcrf", "pcrf.test.example")
                    .containsEntry("ue", UE_LOCAL_IP).containsEntry("port", "[4500]").containsEntry("imsi", IMSI)
                    .containsEntry("apn", "internet").containsEntry("state", "[1]"); // NO_STATE_MAINTAINED
            Map<String, String> cca = Erlang.answers(out).get("ccr-i");
            assertThat(cca).as("the CCA-I as OTP decoded it").containsEntry("errors", "[]")
                    .containsEntry("rc", "[2001]").containsEntry("rules", "video").containsEntry("qci", "[2]")
                    .containsEntry("mbr_dl", "[8000000]");
            assertThat(Erlang.fields(line(out, "rar "))).as("the RAR of the policy change as OTP decoded it")
                    .containsEntry("session", "otp-bpcf.test.example;1700000000;s9a").containsEntry("errors", "[]")
                    .containsEntry("installed", "hd").containsEntry("removed", "video");

            TriggerResult r = trigger.get(10, TimeUnit.SECONDS);
            assertThat(r.outcome()).as(r.detail()).isEqualTo(Outcome.ACCEPTED);
            pushed.get(10, TimeUnit.SECONDS);
            assertThat(gx(pcrf).linkedSessions()).singleElement().satisfies(l -> {
                assertThat(l.iface()).isEqualTo(LinkedInterface.S9A);
                assertThat(l.sessionId()).isEqualTo("otp-bpcf.test.example;1700000000;s9a");
            });
            assertThat(pcrf.store.triggers().get(r.triggerId()).toCompletableFuture().join().orElseThrow().state())
                    .isEqualTo(TriggerState.MATCHED);
        }
    }

    /**
     * Runs {@code step} off the thread that reads OTP's output (it waits for OTP's answers) and
     * completes {@code into} with its outcome, which the test checks once OTP has exited.
     */
    private static <T> void runInto(CompletableFuture<T> into, Supplier<T> step) {
        CompletableFuture.supplyAsync(step).whenComplete((v, e) -> {
            if (e == null) {
                into.complete(v);
            } else {
                into.completeExceptionally(e);
            }
        });
    }

    private static IpCanSession gx(EstablishmentNode pcrf) {
        return pcrf.store.sessions().get("epdg;1").toCompletableFuture().join().orElseThrow();
    }

    private static String line(List<String> out, String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + prefix + "' in " + out));
    }
}
