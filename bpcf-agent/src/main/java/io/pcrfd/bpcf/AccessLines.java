package io.pcrfd.bpcf;

import io.pcrfd.pcrf.config.AccessLineConfig;
import io.pcrfd.pcrf.config.Bitrate;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broadband access lines and their admission control (TS 23.139 §9.2 "admission control in
 * the fixed broadband access"). A line is found by the UE or H(e)NB local
 * IP inside its prefix (longest prefix wins) or by its Logical-Access-ID. Each admitted rule
 * reserves its demand per (S9a session, rule name); a rule whose demand does not fit the line's
 * remaining uplink or downlink capacity is rejected with RESOURCES_LIMITATION. Re-installing a
 * rule replaces its earlier reservation. Synchronized: the simulator's rate is low and the
 * admission decision must see one consistent line.
 */
public final class AccessLines {
    /** Rule-Failure-Code RESOURCES_LIMITATION (TS 29.212 §5.3.38). */
    public static final int RESOURCES_LIMITATION = 5;

    private final Map<String, Line> lines = new LinkedHashMap<>();

    private static final class Line {
        final AccessLineConfig config;
        long ulCapacity;
        long dlCapacity;
        final Map<String, QosDemand> reserved = new LinkedHashMap<>();

        Line(AccessLineConfig config) {
            this.config = config;
            this.ulCapacity = config.uplink().bitsPerSecond();
            this.dlCapacity = config.downlink().bitsPerSecond();
        }

        long used(boolean uplink) {
            return reserved.values().stream().mapToLong(d -> uplink ? d.ulBps() : d.dlBps()).sum();
        }
    }

    /** What a line has and uses, for the simulator's "list" and tests. */
    public record LineUsage(String id, long ulCapacity, long dlCapacity, long ulUsed, long dlUsed, int rules) {
    }

    public AccessLines(List<AccessLineConfig> configs) {
        configs.forEach(c -> lines.put(c.id(), new Line(c)));
    }

    /** The line serving {@code localIp} (longest prefix) or, failing that, {@code logicalAccessId}. */
    public synchronized Optional<String> lineFor(InetAddress localIp, String logicalAccessId) {
        Line best = null;
        for (Line l : lines.values()) {
            boolean hit = localIp != null && l.config.prefix() != null && l.config.prefix().contains(localIp);
            if (hit && (best == null || l.config.prefix().length() > best.config.prefix().length())) {
                best = l;
            }
        }
        if (best == null && logicalAccessId != null) {
            best = lines.values().stream().filter(l -> logicalAccessId.equals(l.config.logicalAccessId()))
                    .findFirst().orElse(null);
        }
        return Optional.ofNullable(best).map(l -> l.config.id());
    }

    /** Admits {@code demand} for {@code sessionId} on {@code lineId}. */
    public synchronized Admission admit(String lineId, String sessionId, QosDemand demand) {
        Line line = line(lineId);
        String key = sessionId + "/" + demand.name();
        QosDemand previous = line.reserved.remove(key);
        long ulFree = line.ulCapacity - line.used(true);
        long dlFree = line.dlCapacity - line.used(false);
        if (demand.ulBps() > ulFree || demand.dlBps() > dlFree) {
            if (previous != null) {
                line.reserved.put(key, previous);
            }
            return new Admission.Rejected(demand.name(), RESOURCES_LIMITATION, String.format(
                    "line %s: needs %d/%d bit/s up/down, %d/%d free", lineId, demand.ulBps(), demand.dlBps(),
                    ulFree, dlFree));
        }
        line.reserved.put(key, demand);
        return new Admission.Admitted(demand.name());
    }

    /** Frees one rule's reservation. */
    public synchronized void release(String lineId, String sessionId, String ruleName) {
        line(lineId).reserved.remove(sessionId + "/" + ruleName);
    }

    /** Frees every reservation of a session. */
    public synchronized void releaseSession(String lineId, String sessionId) {
        line(lineId).reserved.keySet().removeIf(k -> k.startsWith(sessionId + "/"));
    }

    /** Changes a line's capacity; admitted rules stay (a simulator knob, not a pre-emption). */
    public synchronized void setCapacity(String lineId, Bitrate uplink, Bitrate downlink) {
        Line l = line(lineId);
        l.ulCapacity = uplink.bitsPerSecond();
        l.dlCapacity = downlink.bitsPerSecond();
    }

    public synchronized LineUsage usage(String lineId) {
        Line l = line(lineId);
        return new LineUsage(lineId, l.ulCapacity, l.dlCapacity, l.used(true), l.used(false), l.reserved.size());
    }

    /** What a snapshot keeps: every line's capacity and reservations. */
    synchronized List<BpcfSnapshot.Line> records() {
        return lines.values().stream().map(l -> new BpcfSnapshot.Line(l.config.id(), l.ulCapacity, l.dlCapacity,
                Map.copyOf(l.reserved))).toList();
    }

    /** Puts back what a snapshot kept of a line; false when no such line is configured any more. */
    synchronized boolean restore(BpcfSnapshot.Line r) {
        Line l = lines.get(r.id());
        if (l == null) {
            return false;
        }
        l.ulCapacity = r.ulCapacity();
        l.dlCapacity = r.dlCapacity();
        l.reserved.clear();
        l.reserved.putAll(r.reserved());
        return true;
    }

    /** True when {@code id} is a configured line. */
    synchronized boolean has(String id) {
        return lines.containsKey(id);
    }

    private Line line(String id) {
        Line l = lines.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no access line " + id);
        }
        return l;
    }
}
