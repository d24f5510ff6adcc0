package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29215;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.pcrf.console.CommandNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The messages the relays saw, in the order they were read, as a ladder diagram: one column per
 * node, one line per message with its time since the first message, its command (CCR-I, TER,
 * RAA...), the application and, for an answer, the result code. Capabilities exchange,
 * watchdog and disconnect (application 0) are left out: they are not part of the procedure.
 */
public final class Ladder {
    private static final int COLUMN = 22;

    private final List<String> nodes;
    private final List<WireEvent> events = new ArrayList<>();

    /** @param nodes the columns, left to right */
    public Ladder(List<String> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Records a message (called by the relays' threads). */
    public void record(WireEvent e) {
        if (e.application() == ApplicationIds.COMMON) {
            return;
        }
        synchronized (events) {
            events.add(e);
            events.notifyAll();
        }
    }

    /** The first recorded message that {@code p} accepts, waiting until {@code deadlineNanos}; null if none came. */
    public WireEvent await(Predicate<WireEvent> p, long deadlineNanos) throws InterruptedException {
        synchronized (events) {
            while (true) {
                for (WireEvent e : events) {
                    if (p.test(e)) {
                        return e;
                    }
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public List<WireEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The diagram: a header line, then one line per message. */
    public List<String> render() {
        List<WireEvent> all = events();
        List<String> out = new ArrayList<>();
        StringBuilder head = new StringBuilder("   time (ms)  ");
        nodes.forEach(n -> head.append(pad(n, COLUMN)));
        out.add(head.toString().stripTrailing());
        long start = all.isEmpty() ? 0 : all.get(0).nanos();
        for (WireEvent e : all) {
            out.add(String.format("%12.3f  %s", (e.nanos() - start) / 1e6, arrow(e)).stripTrailing());
        }
        return out;
    }

    /** CCR-I, CCA-T, TER, RAA, AAR... ({@link CommandNames}, as the web console names them) */
    public static String name(WireEvent e) {
        return CommandNames.name(e.message());
    }

    public static String application(WireEvent e) {
        return CommandNames.application(e.application());
    }

    private String arrow(WireEvent e) {
        int from = nodes.indexOf(e.from());
        int to = nodes.indexOf(e.to());
        char[] line = new char[COLUMN * (nodes.size() - 1) + 1];
        java.util.Arrays.fill(line, ' ');
        for (int i = 0; i < nodes.size(); i++) {
            line[i * COLUMN] = '|';
        }
        int left = Math.min(from, to) * COLUMN;
        int right = Math.max(from, to) * COLUMN;
        for (int i = left + 1; i < right; i++) {
            line[i] = '-';
        }
        line[from < to ? right - 1 : left + 1] = from < to ? '>' : '<';
        String label = " " + name(e) + " " + application(e) + (e.isRequest() ? "" : " " + e.resultCode()) + " ";
        int at = left + 1 + Math.max(1, (right - left - 1 - label.length()) / 2);
        for (int i = 0; i < label.length() && at + i < right - 1; i++) {
            line[at + i] = label.charAt(i);
        }
        return new String(line) + "  " + detail(e);
    }

    private static final List<AvpKey> SHOWN = List.of(Ts29212.QOS_RULE_INSTALL, Ts29212.QOS_RULE_REMOVE,
            Ts29212.QOS_RULE_REPORT, Ts29212.SESSION_RELEASE_CAUSE, Ts29212.UE_LOCAL_IP_ADDRESS, Ts29215.PCRF_ADDRESS,
            Ts29212.CHARGING_RULE_INSTALL, Ts29212.CHARGING_RULE_REMOVE);

    /** The AVPs that say what a message is doing in the procedure; the APN-AMBR downlink and Sy counter statuses. */
    private static String detail(WireEvent e) {
        List<String> parts = new ArrayList<>();
        for (AvpKey avp : SHOWN) {
            int n = e.message().avps(avp).size();
            if (n > 0) {
                parts.add(n == 1 ? avp.name() : avp.name() + " x" + n);
            }
        }
        e.message().avp(Ts29212.QOS_INFORMATION).flatMap(q -> q.child(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL))
                .ifPresent(dl -> parts.add("APN-AMBR-DL " + dl.asUnsigned32()));
        List<String> asked = e.message().avps(Ts29219.POLICY_COUNTER_IDENTIFIER).stream().map(Avp::asUtf8String).toList();
        if (!asked.isEmpty()) {
            parts.add("Policy-Counter-Identifier " + String.join(" ", asked));
        }
        for (Avp report : e.message().avps(Ts29219.POLICY_COUNTER_STATUS_REPORT)) {
            parts.add(report.child(Ts29219.POLICY_COUNTER_IDENTIFIER).map(Avp::asUtf8String).orElse("?") + "="
                    + report.child(Ts29219.POLICY_COUNTER_STATUS).map(Avp::asUtf8String).orElse("?"));
        }
        return String.join(", ", parts);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
