package io.pcrfd.bpcf;

import io.pcrfd.diameter.spec.Ts29212;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The usage of one S9a session per Monitoring-Key (TS 29.212 §4.5.16 applied on S9a): usage
 * added by the simulator and not yet reported, the last grant, what has been reported. Usage
 * taken into a report leaves the key at once and comes back only when that report fails
 * ({@link #giveBack}), so two reports never carry the same octets and a failed one loses none.
 * Synchronized: simulator commands, CCAs and RARs reach it from different threads.
 */
final class SessionUsage {
    private final Map<String, Key> keys = new LinkedHashMap<>();

    private static final class Key {
        Octets unreported = Octets.ZERO;
        Octets granted;
        Integer level;
        long reported;
    }

    /**
     * Adds {@code used} to {@code key}; returns the report to send now: always, or with
     * {@code whenGranted} only once the unreported usage reaches the key's grant (held otherwise,
     * also when the key has no grant).
     */
    synchronized Optional<UsageReport> add(String key, Octets used, boolean whenGranted) {
        Key k = key(key);
        k.unreported = k.unreported.plus(used);
        boolean due = !whenGranted || k.granted != null && k.unreported.reaches(k.granted);
        return due ? Optional.of(take(key, k)) : Optional.empty();
    }

    /** The usage of {@code key} not reported yet. */
    synchronized Octets unreported(String key) {
        Key k = keys.get(key);
        return k == null ? Octets.ZERO : k.unreported;
    }

    /**
     * Stores the PCRF's grant for {@code key} (a null grant keeps the previous one); returns the
     * report due when the usage not yet reported already reaches the new grant.
     */
    synchronized Optional<UsageReport> grant(String key, Octets granted, Integer level) {
        Key k = key(key);
        if (granted != null) {
            k.granted = granted;
        }
        if (level != null) {
            k.level = level;
        }
        boolean due = k.granted != null && k.unreported.total() > 0 && k.unreported.reaches(k.granted);
        return due ? Optional.of(take(key, k)) : Optional.empty();
    }

    /** The PCRF disabled monitoring of {@code key} (USAGE_MONITORING_DISABLED): its grant goes. */
    synchronized void disable(String key) {
        Optional.ofNullable(keys.get(key)).ifPresent(k -> k.granted = null);
    }

    /** A report of {@code key} as asked by the PCRF: its unreported usage, zero when none. */
    synchronized UsageReport take(String key) {
        return take(key, key(key));
    }

    /** Reports of every key the session knows, zero usage included (a report request naming no key). */
    synchronized List<UsageReport> takeAll() {
        List<UsageReport> out = new ArrayList<>();
        keys.forEach((name, k) -> out.add(take(name, k)));
        return out;
    }

    /** Reports of every key with unreported usage (the final usage a CCR-T carries). */
    synchronized List<UsageReport> takeUnreported() {
        List<UsageReport> out = new ArrayList<>();
        keys.forEach((name, k) -> {
            if (k.unreported.total() > 0) {
                out.add(take(name, k));
            }
        });
        return out;
    }

    /** The PCRF answered the reports with success. */
    synchronized void reported(List<UsageReport> reports) {
        reports.forEach(r -> key(r.monitoringKey()).reported += r.used().total());
    }

    /** The reports were not answered with success: their usage is unreported again. */
    synchronized void giveBack(List<UsageReport> reports) {
        reports.forEach(r -> {
            Key k = key(r.monitoringKey());
            k.unreported = k.unreported.plus(r.used());
        });
    }

    synchronized List<MonitoringKeyView> view() {
        List<MonitoringKeyView> out = new ArrayList<>();
        keys.forEach((name, k) -> out.add(new MonitoringKeyView(name, k.granted, levelName(k.level), k.unreported,
                k.reported)));
        return out;
    }

    /** What a snapshot keeps. */
    synchronized List<BpcfSnapshot.KeyUsage> records() {
        List<BpcfSnapshot.KeyUsage> out = new ArrayList<>();
        keys.forEach((name, k) -> out.add(new BpcfSnapshot.KeyUsage(name, k.granted, k.level, k.unreported,
                k.reported)));
        return out;
    }

    synchronized void restore(List<BpcfSnapshot.KeyUsage> records) {
        for (BpcfSnapshot.KeyUsage r : records) {
            Key k = key(r.monitoringKey());
            k.granted = r.granted();
            k.level = r.level();
            k.unreported = r.unreported() == null ? Octets.ZERO : r.unreported();
            k.reported = r.reported();
        }
    }

    private static UsageReport take(String name, Key k) {
        UsageReport r = new UsageReport(name, k.unreported, k.level);
        k.unreported = Octets.ZERO;
        return r;
    }

    private Key key(String name) {
        return keys.computeIfAbsent(name, n -> new Key());
    }

    private static String levelName(Integer level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case Ts29212.UsageMonitoringLevel.SESSION_LEVEL -> "SESSION_LEVEL";
            case Ts29212.UsageMonitoringLevel.PCC_RULE_LEVEL -> "PCC_RULE_LEVEL";
            case Ts29212.UsageMonitoringLevel.ADC_RULE_LEVEL -> "ADC_RULE_LEVEL";
            default -> Integer.toString(level);
        };
    }
}
