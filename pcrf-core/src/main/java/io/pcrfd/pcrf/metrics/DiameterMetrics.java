package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.diameter.dictionary.ApplicationDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.DispatchObserver;
import io.pcrfd.diameter.peer.LocalRequestException;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Diameter traffic by application and command, both ways: requests the node answers (as the
 * {@link io.pcrfd.diameter.peer.Dispatcher}'s observer) and requests it sends (around the send
 * function the applications are given). Labels are the dictionary's names ({@code application="Gx"},
 * {@code command="CCR"}: the request's name, also on its answers); a pair the dictionary does
 * not know counts as {@code other}, so a peer cannot grow the number of series.
 */
public final class DiameterMetrics implements DispatchObserver {
    private final MeterRegistry registry;
    private final PrometheusRegistry histograms;
    private final Dictionary dictionary;
    private final MeterTable<CommandMeters> inbound;
    private final MeterTable<CommandMeters> outbound;

    /**
     * @param registry   Micrometer's registry, for counters and gauges
     * @param histograms the Prometheus registry under it, for the latency histograms
     */
    DiameterMetrics(MeterRegistry registry, PrometheusRegistry histograms, Dictionary dictionary) {
        this.registry = registry;
        this.histograms = histograms;
        this.dictionary = dictionary;
        this.inbound = table(CommandMeters.Direction.INBOUND);
        this.outbound = table(CommandMeters.Direction.OUTBOUND);
    }

    /**
     * The meters of one direction. Two keys whose names are the same (which the dictionary's
     * unique names should never give) share one {@link CommandMeters}, as they share one series:
     * meters are registered once per label set. The factory runs under the table's lock.
     */
    private MeterTable<CommandMeters> table(CommandMeters.Direction d) {
        LatencyHistogram durations = d.durations(histograms);
        Map<String, CommandMeters> byLabels = new HashMap<>();
        CommandMeters other = new CommandMeters(registry, durations, d, "other", "other");
        byLabels.put("other\0other", other);
        return new MeterTable<>(k -> names(k).map(n -> byLabels.computeIfAbsent(n[0] + "\0" + n[1],
                x -> new CommandMeters(registry, durations, d, n[0], n[1]))).orElse(null), other);
    }

    @Override
    public CommandObserver command(long applicationId, int commandCode) {
        return inbound.get(key(applicationId, commandCode));
    }

    /** {@code send} with every request it sends counted and timed; what it returns is unchanged. */
    public Function<DiameterMessage, CompletionStage<DiameterMessage>> outbound(
            Function<DiameterMessage, ? extends CompletionStage<DiameterMessage>> send) {
        return request -> {
            CommandMeters m = outbound.get(key(request.applicationId(), request.commandCode()));
            m.received();
            long start = System.nanoTime();
            CompletionStage<DiameterMessage> answer = send.apply(request);
            answer.whenComplete((a, failure) -> {
                if (failure == null) {
                    m.answered(a, System.nanoTime() - start);
                } else {
                    m.failed(reason(failure));
                }
            });
            return answer;
        };
    }

    /** Application id (32 bits) and command code (24 bits) in one primitive key. */
    private static long key(long applicationId, int commandCode) {
        return applicationId << 24 | (commandCode & 0xFF_FFFF);
    }

    /** {application, command} of a pair the dictionary knows; empty (the {@code other} meters) otherwise. */
    private Optional<String[]> names(long key) {
        long applicationId = key >>> 24;
        int commandCode = (int) (key & 0xFF_FFFF);
        return dictionary.command(applicationId, commandCode, true)
                .map(c -> new String[] {applicationName(applicationId), c.name()});
    }

    private String applicationName(long applicationId) {
        return dictionary.application(applicationId).map(ApplicationDefinition::name).orElse("other");
    }

    /** A send that failed before reaching the peer layer (a bug) counts as unable to deliver. */
    private static LocalRequestException.Reason reason(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof LocalRequestException e) {
            return e.reason();
        }
        return t instanceof java.util.concurrent.TimeoutException ? LocalRequestException.Reason.TIMEOUT
                : LocalRequestException.Reason.UNABLE_TO_DELIVER;
    }
}
