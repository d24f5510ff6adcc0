package io.pcrfd.pcrf.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.NodeCounters;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.fsm.PeerState;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * The peer layer, read when scraped: peers per RFC 6733 §5.6 state, each configured peer open
 * or not, watchdog transitions per RFC 3539 state entered, and the node's counters (3004
 * refusals of the in-flight bound and of admission control, which also has its own by when and
 * its pending count; timeouts, duplicates, unknown answers). Only peers named in the configuration get a
 * {@code peer} label: peers that merely connect (gateways without an allow-list) are any
 * number, so they are only counted per state.
 */
final class PeerMetrics {
    private PeerMetrics() {
    }

    static void bind(MeterRegistry r, DiameterNode node, Collection<String> configuredPeers) {
        for (PeerState s : PeerState.values()) {
            Gauge.builder("pcrfd.diameter.peers", node, n -> n.peers().stream().filter(p -> p.state() == s).count())
                    .description("Diameter peers known to this node, by RFC 6733 peer state").tag("state", s.name())
                    .register(r);
        }
        for (String host : configuredPeers) {
            Gauge.builder("pcrfd.diameter.peer.open", node, n -> n.peer(host).map(PeerMetrics::open).orElse(0.0))
                    .description("1 when the configured peer's connection is open (I_OPEN or R_OPEN), else 0")
                    .tag("peer", host).register(r);
        }
        NodeCounters c = node.counters();
        for (WatchdogState w : WatchdogState.values()) {
            FunctionCounter.builder("pcrfd.diameter.watchdog.transitions", c, x -> x.watchdogTransitions(w))
                    .description("Watchdog state changes of any peer, by the RFC 3539 state entered")
                    .tag("state", w.name()).register(r);
        }
        OverloadControl o = node.overload();
        FunctionCounter.builder("pcrfd.diameter.too.busy", node, n -> n.counters().tooBusy()
                        + n.overload().refusedOnArrivalCount() + n.overload().refusedAgedCount())
                .description("Requests answered 3004 DIAMETER_TOO_BUSY by the peer layer (admission control, the "
                        + "in-flight bound) and requests to send refused locally as too busy").register(r);
        FunctionCounter.builder("pcrfd.diameter.overload.refusals", o, OverloadControl::refusedOnArrivalCount)
                .description("Requests answered 3004 by admission control, by when: on arrival (a pending limit "
                        + "or maxQueueDelay) or expired (waited over maxRequestAge)").tag("when", "arrival").register(r);
        FunctionCounter.builder("pcrfd.diameter.overload.refusals", o, OverloadControl::refusedAgedCount)
                .description("Requests answered 3004 by admission control, by when: on arrival (a pending limit "
                        + "or maxQueueDelay) or expired (waited over maxRequestAge)").tag("when", "expired").register(r);
        Gauge.builder("pcrfd.diameter.overload.pending", o, OverloadControl::pending)
                .description("Requests received and not yet answered over every connection (admission control's "
                        + "count against maxPendingPerNode)").register(r);
        counter(r, c, "pcrfd.diameter.timeouts", "Requests sent by this node that got no answer within "
                + "diameter.requestTimeout", NodeCounters::timeouts);
        counter(r, c, "pcrfd.diameter.duplicate.requests", "Received requests recognised as duplicates "
                + "(RFC 6733 §3) and answered from the cache", NodeCounters::duplicates);
        counter(r, c, "pcrfd.diameter.unknown.answers", "Received answers that matched no outstanding request "
                + "(discarded, RFC 6733 §6.2.1)", NodeCounters::unknownAnswers);
    }

    private static double open(PeerStatus p) {
        return p.state().isOpen() ? 1 : 0;
    }

    private static void counter(MeterRegistry r, NodeCounters c, String name, String help,
                                ToDoubleFunction<NodeCounters> f) {
        FunctionCounter.builder(name, c, f).description(help).register(r);
    }
}
