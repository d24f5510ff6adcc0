package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.DispatchObserver;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The meters of one (application, command) in one direction, built once: requests, answers by
 * result code, latency, requests in flight and, for requests we send, the ones that got no
 * answer by reason. Recording costs a few adder increments and one histogram record.
 */
final class CommandMeters implements DispatchObserver.CommandObserver {
    /** Requests we answer (received) or requests we send. */
    enum Direction {
        INBOUND("inbound", "received and answered by this node"),
        OUTBOUND("outbound", "sent by this node (RAR, TER, the BPCF's CCR, ...)");

        final String prefix;
        final String what;
        /** The histogram family's name and help (Prometheus names: the client registers them as they are). */
        final String durationName;
        final String durationHelp;

        Direction(String word, String what) {
            this.prefix = "pcrfd.diameter." + word;
            this.what = what;
            this.durationName = "pcrfd_diameter_" + word + "_request_duration_seconds";
            this.durationHelp = word.equals("inbound") ? "Time from dispatching a received request to its answer"
                    : "Time from sending a request to receiving its answer (answered requests only)";
        }

        /** The latency family of this direction, labelled by application and command. */
        Histogram durations(io.prometheus.metrics.model.registry.PrometheusRegistry registry) {
            return LatencyHistograms.register(registry, durationName, durationHelp, "application", "command");
        }
    }

    private final Counter requests;
    private final LongAdder inFlight = new LongAdder();
    private final DistributionDataPoint duration;
    private final ResultCodeCounters answers;
    private final Map<LocalRequestException.Reason, Counter> failures;

    /**
     * @param durations the direction's latency family ({@link Direction#durations}), shared by its commands
     */
    CommandMeters(MeterRegistry registry, Histogram durations, Direction d, String application, String command) {
        Tags tags = Tags.of("application", application, "command", command);
        requests = Counter.builder(d.prefix + ".requests").description("Diameter requests " + d.what)
                .tags(tags).register(registry);
        Gauge.builder(d.prefix + ".requests.in.flight", inFlight, LongAdder::sum)
                .description("Diameter requests " + d.what + " whose answer is not there yet").tags(tags)
                .register(registry);
        duration = durations.labelValues(application, command);
        answers = new ResultCodeCounters(registry, d.prefix + ".answers", "Answers to Diameter requests " + d.what
                + ", by Result-Code or Experimental-Result-Code", tags);
        failures = d == Direction.OUTBOUND ? failureCounters(registry, d, tags) : Map.of();
    }

    private static Map<LocalRequestException.Reason, Counter> failureCounters(MeterRegistry registry, Direction d,
                                                                              Tags tags) {
        Map<LocalRequestException.Reason, Counter> out = new EnumMap<>(LocalRequestException.Reason.class);
        for (LocalRequestException.Reason r : LocalRequestException.Reason.values()) {
            out.put(r, Counter.builder(d.prefix + ".failures")
                    .description("Requests sent by this node that got no answer, by reason (timeout, too_busy, ...)")
                    .tags(tags).tag("reason", r.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        return out;
    }

    @Override
    public void received() {
        requests.increment();
        inFlight.increment();
    }

    /** A null answer is what the node answers then: 5012 DIAMETER_UNABLE_TO_COMPLY. */
    @Override
    public void answered(DiameterMessage answer, long nanos) {
        inFlight.decrement();
        duration.observe(LatencyHistograms.seconds(nanos));
        if (answer == null) {
            answers.count(ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
        } else {
            answers.count(answer);
        }
    }

    /** A request we sent failed without an answer; its latency is not recorded. */
    void failed(LocalRequestException.Reason reason) {
        inFlight.decrement();
        Counter c = failures.get(reason);
        if (c != null) {
            c.increment();
        }
    }
}
