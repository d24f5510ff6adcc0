package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.DispatchObserver;
import io.pcrfd.diameter.peer.LocalRequestException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The meters of one (application, command) in one direction, built once and found once per
 * request: requests, answers by result code, latency, requests in flight and, for requests we
 * send, the ones that got no answer by reason.
 *
 * <p>A request costs four atomic increments, each on a cache line of the thread's own ({@link
 * StripedCounter}), and two clock reads (the observer's): the request counter when it arrives;
 * the latency bucket, the latency sum and its result code's counter when it is answered.
 * Requests in flight are not counted apart: they are the requests less those answered (the
 * latency histogram's count) and, for requests we send, less those that got no answer, worked
 * out when scraped.
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
        LatencyHistogram durations(io.prometheus.metrics.model.registry.PrometheusRegistry registry) {
            return LatencyHistogram.register(registry, durationName, durationHelp, "application", "command");
        }
    }

    private final StripedCounter requests = new StripedCounter();
    private final LatencyHistogram.Series duration;
    private final ResultCodeCounters answers;
    private final Map<LocalRequestException.Reason, Counter> failures;

    /**
     * @param durations the direction's latency family ({@link Direction#durations}), shared by its commands
     */
    CommandMeters(MeterRegistry registry, LatencyHistogram durations, Direction d, String application,
                  String command) {
        Tags tags = Tags.of("application", application, "command", command);
        FunctionCounter.builder(d.prefix + ".requests", requests, StripedCounter::sum)
                .description("Diameter requests " + d.what).tags(tags).register(registry);
        duration = durations.series(application, command);
        answers = new ResultCodeCounters(registry, d.prefix + ".answers", "Answers to Diameter requests " + d.what
                + ", by Result-Code or Experimental-Result-Code", tags);
        failures = d == Direction.OUTBOUND ? failureCounters(registry, d, tags) : Map.of();
        Gauge.builder(d.prefix + ".requests.in.flight", this, CommandMeters::inFlight)
                .description("Diameter requests " + d.what + " whose answer is not there yet").tags(tags)
                .register(registry);
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
    }

    /** A null answer is what the node answers then: 5012 DIAMETER_UNABLE_TO_COMPLY. */
    @Override
    public void answered(DiameterMessage answer, long nanos) {
        duration.record(nanos);
        if (answer == null) {
            answers.count(ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
        } else {
            answers.count(answer);
        }
    }

    /** A request we sent failed without an answer; its latency is not recorded. */
    void failed(LocalRequestException.Reason reason) {
        Counter c = failures.get(reason);
        if (c != null) {
            c.increment();
        }
    }

    /**
     * Requests neither answered nor failed yet. The ones done are read first, then the requests:
     * every request is counted before its answer, so a request counted as done is always among
     * the requests read after it, and the gauge never goes below 0.
     */
    private double inFlight() {
        double done = duration.count();
        for (Counter c : failures.values()) {
            done += c.count();
        }
        return Math.max(0, requests.sum() - done);
    }
}
