package io.pcrfd.pcrf.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.DispatchObserver;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Traffic meters: pre-resolved per command, labels bounded whatever the peer sends. */
class DiameterMetricsTest {
    private static final Dictionary DICT = Dictionary.standard();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DiameterMetrics metrics = new DiameterMetrics(registry, registry.getPrometheusRegistry(), DICT);

    @Test
    void aCommandsMetersAreBuiltOnceAndNamedFromTheDictionary() {
        DispatchObserver.CommandObserver ccr = metrics.command(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL);
        assertThat(metrics.command(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL)).isSameAs(ccr);
        ccr.received();
        ccr.answered(answer(2001), 1_000_000);
        assertThat(count("pcrfd.diameter.inbound.requests", "Gx", "CCR")).isEqualTo(1);
        assertThat(registry.get("pcrfd.diameter.inbound.answers").tags("application", "Gx", "command", "CCR",
                "result_code", "2001").functionCounter().count()).isEqualTo(1);
        String gx = "{application=\"Gx\",command=\"CCR\"";
        assertThat(scraped("pcrfd_diameter_inbound_request_duration_seconds_sum" + gx + "}")).isEqualTo(0.001);
        assertThat(scraped("pcrfd_diameter_inbound_request_duration_seconds_bucket" + gx + ",le=\"0.001\"}"))
                .isEqualTo(1);
        assertThat(scraped("pcrfd_diameter_inbound_request_duration_seconds_bucket" + gx + ",le=\"5.0E-4\"}"))
                .isZero();
    }

    @Test
    void everyRequestIsCountedWhileSeveralThreadsAnswerAndInFlightIsWhatIsNotAnsweredYet() throws Exception {
        DispatchObserver.CommandObserver ccr = metrics.command(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL);
        ccr.received();
        ccr.received(); // these two are never answered
        DiameterMessage cca = answer(2001);
        int threads = 4;
        int each = 25_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        ccr.received();
                        ccr.answered(cca, 20_000);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String gx = "{application=\"Gx\",command=\"CCR\"";
        assertThat(scraped("pcrfd_diameter_inbound_requests_total" + gx + "}")).isEqualTo(threads * each + 2);
        assertThat(scraped("pcrfd_diameter_inbound_answers_total" + gx + ",result_code=\"2001\"}"))
                .isEqualTo(threads * each);
        assertThat(scraped("pcrfd_diameter_inbound_request_duration_seconds_count" + gx + "}")).isEqualTo(threads * each);
        assertThat(scraped("pcrfd_diameter_inbound_request_duration_seconds_bucket" + gx + ",le=\"1.0E-4\"}"))
                .isEqualTo(threads * each);
        assertThat(scraped("pcrfd_diameter_inbound_requests_in_flight" + gx + "}")).isEqualTo(2);
    }

    @Test
    void pairsTheDictionaryDoesNotKnowShareOneOtherSeries() {
        for (int app = 1; app <= 50; app++) {
            metrics.command(0x7000_0000L + app, 999).received();
        }
        assertThat(count("pcrfd.diameter.inbound.requests", "other", "other")).isEqualTo(50);
        assertThat(registry.find("pcrfd.diameter.inbound.requests").functionCounters()).as("one series for all of them")
                .hasSize(1);
    }

    @Test
    void resultCodesAreCappedPerCommandAndOddOnesAreOther() {
        DispatchObserver.CommandObserver ccr = metrics.command(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL);
        ccr.answered(null, 1);
        for (int code = 5100; code < 5100 + ResultCodeCounters.MAX_CODES + 8; code++) {
            ccr.answered(answer(code), 1); // 5012 above was the first code: 31 of these get a series
        }
        ccr.answered(answer(70000), 1);
        ccr.answered(MessageBuilder.answer(DICT, request(ApplicationIds.GX, "CCR")).build(), 1);
        assertThat(registry.find("pcrfd.diameter.inbound.answers").tags("command", "CCR").functionCounters())
                .hasSize(ResultCodeCounters.MAX_CODES + 2); // the codes, other, none
        assertThat(registry.get("pcrfd.diameter.inbound.answers").tags("command", "CCR", "result_code", "other")
                .functionCounter().count()).as("9 codes past the cap and one out of range").isEqualTo(10);
        assertThat(registry.get("pcrfd.diameter.inbound.answers").tags("command", "CCR", "result_code", "none")
                .functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("pcrfd.diameter.inbound.answers").tags("command", "CCR", "result_code", "5012")
                .functionCounter().count()).as("a failed handler is the 5012 the node sends").isEqualTo(1);
    }

    @Test
    void anExperimentalResultCodeCountsWhenThereIsNoResultCode() {
        DiameterMessage raa = MessageBuilder.answer(DICT, request(ApplicationIds.GX, "RAR")).experimentalResult(10415, 5065)
                .build();
        assertThat(ResultCodeCounters.resultCode(raa)).isEqualTo(5065);
        assertThat(ResultCodeCounters.resultCode(MessageBuilder.answer(DICT, request(ApplicationIds.GX, "RAR")).build()))
                .isEqualTo(ResultCodeCounters.NO_CODE);
    }

    @Test
    void sentRequestsAreTimedWhenAnsweredAndCountedByReasonWhenNot() {
        CompletableFuture<DiameterMessage> pending = new CompletableFuture<>();
        Function<DiameterMessage, CompletionStage<DiameterMessage>> send = metrics.outbound(r -> pending);
        CompletionStage<DiameterMessage> returned = send.apply(request(ApplicationIds.GX, "RAR"));
        assertThat(returned).as("the caller gets the node's own stage").isSameAs(pending);
        assertThat(gauge("pcrfd.diameter.outbound.requests.in.flight")).isEqualTo(1);
        pending.completeExceptionally(new LocalRequestException(LocalRequestException.Reason.TIMEOUT, "no RAA"));
        assertThat(gauge("pcrfd.diameter.outbound.requests.in.flight")).isZero();
        assertThat(registry.get("pcrfd.diameter.outbound.failures").tags("command", "RAR", "reason", "timeout")
                .counter().count()).isEqualTo(1);
        assertThat(scraped("pcrfd_diameter_outbound_request_duration_seconds_count{application=\"Gx\",command=\"RAR\"}"))
                .as("no latency without an answer").isZero();

        metrics.outbound(r -> CompletableFuture.completedFuture(answer(2001))).apply(request(ApplicationIds.GX, "RAR"));
        assertThat(registry.get("pcrfd.diameter.outbound.answers").tags("command", "RAR", "result_code", "2001")
                .functionCounter().count()).isEqualTo(1);
        assertThat(scraped("pcrfd_diameter_outbound_request_duration_seconds_count{application=\"Gx\",command=\"RAR\"}"))
                .isEqualTo(1);
    }

    /** The value of one series of the scrape, -1 when absent. */
    private double scraped(String series) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(series)
                + " (\\S+)$").matcher(registry.scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private double count(String name, String application, String command) {
        return registry.get(name).tags("application", application, "command", command).functionCounter().count();
    }

    private double gauge(String name) {
        return registry.get(name).tags("application", "Gx", "command", "RAR").gauge().value();
    }

    private static DiameterMessage request(long app, String command) {
        return MessageBuilder.request(DICT, app, command).hopByHop(HopByHopId.of(1)).endToEnd(EndToEndId.of(1))
                .add(Rfc6733.SESSION_ID, "pcrf;1;1").originHost("pcrf.test").originRealm("test").build();
    }

    private static DiameterMessage answer(long code) {
        return MessageBuilder.answer(DICT, request(ApplicationIds.GX, "CCR")).resultCode(code).build();
    }
}
