package io.pcrfd.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Policy DRA binding (TS 29.213 §7.3.1): the subscriber's IMSI, and the APN when bindings are
 * kept per APN, anchored to the one PCRF that serves all of that subscriber's binding-capable
 * sessions (Gx, Gxx, S9). The alternate keys (MSISDN, UE IPv4 address, IPv6 prefix, each also
 * within its APN or IP domain) point to it, so a binding-dependent session (Rx) that knows only
 * one of them finds the same PCRF.
 *
 * @param imsi          the anchor key
 * @param apn           the APN, lower case; empty when bindings are kept per IMSI only
 * @param pcrfHost      the Origin-Host of the PCRF that owns the binding
 * @param pool          the PCRF pool it was chosen from (for operators)
 * @param confirmed     false until a successful CCA-I (2xxx) came back from {@code pcrfHost}
 * @param createdBy     the Session-Id of the CCR-I that created it
 * @param alternateKeys the alternate keys in the form {@link AlternateKeys} builds
 * @param createdAt     when it was created
 */
public record PcrfBinding(String imsi, String apn, String pcrfHost, String pool, boolean confirmed,
                          String createdBy, List<String> alternateKeys, Instant createdAt) {

    public PcrfBinding {
        Objects.requireNonNull(imsi, "imsi");
        Objects.requireNonNull(pcrfHost, "pcrfHost");
        Objects.requireNonNull(createdAt, "createdAt");
        if (imsi.isEmpty() || imsi.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not an IMSI: '" + imsi + "'");
        }
        apn = apn == null ? "" : apn.toLowerCase(Locale.ROOT);
        pool = pool == null ? "" : pool;
        createdBy = createdBy == null ? "" : createdBy;
        alternateKeys = alternateKeys == null ? List.of() : List.copyOf(alternateKeys);
    }

    /** The key a binding is stored under: {@code IMSI:APN} (the APN empty when per IMSI). */
    public static String key(String imsi, String apn) {
        return imsi + ':' + (apn == null ? "" : apn.toLowerCase(Locale.ROOT));
    }

    public String key() {
        return key(imsi, apn);
    }

    /** This binding anchored to {@code pcrf} instead, unconfirmed until that PCRF's CCA-I. */
    public PcrfBinding movedTo(String pcrf) {
        return new PcrfBinding(imsi, apn, pcrf, pool, false, createdBy, alternateKeys, createdAt);
    }

    /** This binding confirmed by a successful CCA-I, with {@code more} alternate keys added. */
    public PcrfBinding confirm(List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(alternateKeys);
        all.addAll(more);
        return new PcrfBinding(imsi, apn, pcrfHost, pool, true, createdBy, List.copyOf(all), createdAt);
    }
}
