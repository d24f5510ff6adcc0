package io.pcrfd.store.memory;

import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PresenceReportingArea;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;
import io.pcrfd.store.model.UsageMonitor;
import java.time.Instant;
import java.util.List;

/**
 * One held closed session context, kept compact because every finished session leaves one
 * and holds it while the heap churns around it: one object with the context's fields (the
 * repeating ones shared through {@link SharedValues}), its four times as seconds and
 * nanoseconds, its UE IPv4 address as 32 bits ({@link Ipv4Text}), its Session-Id as the
 * gateway's shared prefix and the number after it ({@link SessionIdBits}) and a lone usage
 * monitor without its list, instead of a {@link SessionContext}, four {@link Instant}s, an
 * address String, the session's own Session-Id String and bytes, and the lists that held
 * them; its trafficId as 64 bits ({@link SubscriberBits}) instead of a {@link SubscriberId},
 * its String and bytes. The {@link SessionContext} is built on read,
 * which is rare (the exposure API, a snapshot). It carries the links that file it in two places
 * without a node object of their own: its bucket's chain in the store's index, newest update
 * first ({@link ClosedChain}, {@link ClosedIndex}), and the store-wide order of retention ends
 * ({@link ClosedOrder}).
 */
final class ClosedEntry {
    /** {@link #slot} of an entry filed in {@link ClosedOrder}'s FIFO. */
    static final int IN_FIFO = -1;
    /** {@link #slot} of an entry not filed in {@link ClosedOrder}. */
    static final int UNFILED = -2;
    /** {@link #ipv4Text} of a context without a UE IPv4 address: compared by identity, never read as text. */
    private static final String NO_IPV4 = new String("no UE IPv4 address");
    /** The seconds of a time that is null (no {@link Instant} has them). */
    private static final long NO_TIME = Long.MIN_VALUE;

    /** The trafficId packed ({@link SubscriberBits#pack}), or {@link SubscriberBits#NOT_PACKED}. */
    private final long trafficBits;
    /** The trafficId when it did not pack, else null. */
    private final SubscriberId trafficText;
    private final String apn;
    /** The Session-Id up to its last ';' (shared) when {@link #sessionBits} holds the rest, else the whole id. */
    private final String sessionText;
    /** The Session-Id's digits after its last ';' ({@link SessionIdBits#pack}), or {@link SessionIdBits#NOT_PACKED}. */
    private final long sessionBits;
    /**
     * The UE IPv4 address's text when {@link Ipv4Text} could not pack it, {@link #NO_IPV4} when
     * the session had none, else null (the address is {@link #ipv4Bits}).
     */
    private final String ipv4Text;
    /**
     * The packed address ({@link Ipv4Text#pack}) when {@link #ipv4Text} is null. An int, not a
     * long with a sentinel: with it the entry is 144 bytes instead of 152 (8-byte alignment).
     */
    private final int ipv4Bits;
    private final String ipv6Prefix;
    /**
     * The MCC and MNC: the session's 3GPP-SGSN-MCC-MNC text (already shared by the session
     * store), split only when the context is read; or a {@link SharedValues.MccMnc} read from a
     * snapshot; or null.
     */
    private final Object mccMnc;
    private final String ratType;
    private final List<String> pccRuleIds;
    private final AuthorizedQos qos;
    private final List<PresenceReportingArea> pra;
    private final String pcef;
    /** The usage monitors: null for none, the {@link UsageMonitor} itself for one (no list kept), else the list. */
    private final Object usage;
    private final long startSeconds;
    private final long updateSeconds;
    private final long rulesSeconds;
    private final long expiresSeconds;
    private final int startNanos;
    private final int updateNanos;
    private final int rulesNanos;
    private final int expiresNanos;

    /** The next entry of its bucket's chain in {@link ClosedIndex}; guarded by the bucket's lock. */
    ClosedEntry older;

    /** The previous and next entry of {@link ClosedOrder}'s FIFO; guarded by its lock. */
    ClosedEntry before;
    ClosedEntry after;

    /** Where {@link ClosedOrder} filed it: {@link #IN_FIFO}, {@link #UNFILED} or an index in its heap. */
    int slot = UNFILED;

    /**
     * The context of {@code s}, closed (its update time is its last update). Its repeating fields
     * are taken as they are: the session store shared them when it stored the session (create,
     * update, restore), so no lookup is repeated here; the MCC/MNC text is kept whole and split
     * on read, which is rare.
     */
    private ClosedEntry(long trafficBits, SubscriberId trafficText, IpCanSession s, Instant retainUntil,
                        SharedValues shared) {
        this(trafficBits, trafficText, s.apn(), s.sessionId(), shared, s.ueIpv4(), s.ueIpv6Prefix(),
                s.sgsnMccMnc(), s.ratType(), s.pccRules(),
                s.qos(), s.presenceReportingAreas(), s.gatewayHost(), s.usageMonitors(),
                s.startedAt(), s.updatedAt(), s.pccRulesChangedAt(), retainUntil);
    }

    /** The context of {@code s} closed, or null when it has no trafficId (neither IMSI nor MSISDN). */
    static ClosedEntry closed(IpCanSession s, Instant retainUntil, SharedValues shared) {
        SubscriberIdType type = s.imsi() != null ? SubscriberIdType.IMSI
                : s.msisdn() != null ? SubscriberIdType.MSISDN : null;
        if (type == null) {
            return null;
        }
        long bits = SubscriberBits.pack(type, type == SubscriberIdType.IMSI ? s.imsi() : s.msisdn());
        return new ClosedEntry(bits, bits == SubscriberBits.NOT_PACKED ? s.trafficId() : null, s, retainUntil,
                shared);
    }

    /** {@code c} (a closed context, from a snapshot) with the repeating fields shared. */
    ClosedEntry(SessionContext c, SharedValues shared) {
        this(SubscriberBits.pack(c.trafficId()), c.trafficId(), shared.share(c.apn()), c.sessionId(), shared,
                c.ipv4Addr(),
                c.ipv6Prefix(),
                shared.mccMnc(c.mcc(), c.mnc()), shared.share(c.ratType()), shared.share(c.pccRuleIds()),
                shared.share(c.qos()), c.pra(), shared.share(c.pcef()), c.usage(),
                c.startTime(), c.updateTime(), c.pccRulesTime(), c.expiresAt());
    }

    /** The times are taken apart here and never kept as {@link Instant}s. */
    private ClosedEntry(long trafficBits, SubscriberId trafficText, String apn, String sessionId,
                        SharedValues shared, String ipv4Addr,
                        String ipv6Prefix, Object mccMnc, String ratType, List<String> pccRuleIds, AuthorizedQos qos,
                        List<PresenceReportingArea> pra, String pcef, List<UsageMonitor> usage, Instant startTime,
                        Instant updateTime, Instant rulesTime, Instant expiresAt) {
        this.trafficBits = trafficBits;
        this.trafficText = trafficBits == SubscriberBits.NOT_PACKED ? trafficText : null;
        this.apn = apn;
        int digitsAt = SessionIdBits.digitsAt(sessionId);
        this.sessionBits = digitsAt < 0 ? SessionIdBits.NOT_PACKED : SessionIdBits.pack(sessionId, digitsAt);
        this.sessionText = sessionBits == SessionIdBits.NOT_PACKED ? sessionId
                : shared.sessionIdPrefix(sessionId, digitsAt, pcef);
        long packed = Ipv4Text.pack(ipv4Addr);
        this.ipv4Bits = (int) packed;
        this.ipv4Text = ipv4Addr == null ? NO_IPV4 : packed == Ipv4Text.NOT_PACKED ? ipv4Addr : null;
        this.ipv6Prefix = ipv6Prefix;
        this.mccMnc = mccMnc;
        this.ratType = ratType;
        this.pccRuleIds = pccRuleIds;
        this.qos = qos;
        this.pra = pra;
        this.pcef = pcef;
        this.usage = usage.isEmpty() ? null : usage.size() == 1 ? usage.get(0) : usage;
        this.startSeconds = seconds(startTime);
        this.startNanos = nanos(startTime);
        this.updateSeconds = seconds(updateTime);
        this.updateNanos = nanos(updateTime);
        this.rulesSeconds = seconds(rulesTime);
        this.rulesNanos = nanos(rulesTime);
        this.expiresSeconds = seconds(expiresAt);
        this.expiresNanos = nanos(expiresAt);
    }

    /** The context as the store's readers see it (built anew on each call; MCC and MNC shared through {@code shared}). */
    SessionContext context(SharedValues shared) {
        SharedValues.MccMnc split = mccMnc(shared);
        return new SessionContext(trafficId(), apn, sessionId(), SessionState.CLOSED, ipv4Addr(), ipv6Prefix,
                instant(startSeconds, startNanos), updateTime(), split == null ? null : split.mcc(),
                split == null ? null : split.mnc(), ratType, pccRuleIds, instant(rulesSeconds, rulesNanos), qos,
                pra, pcef, instant(expiresSeconds, expiresNanos), usage());
    }

    /** The MCC and MNC, split and shared through {@code shared} when kept as the session's text. */
    private SharedValues.MccMnc mccMnc(SharedValues shared) {
        return mccMnc instanceof String text ? shared.mccMnc(text) : (SharedValues.MccMnc) mccMnc;
    }

    private String ipv4Addr() {
        return ipv4Text == null ? Ipv4Text.unpack(ipv4Bits) : ipv4Text == NO_IPV4 ? null : ipv4Text;
    }

    @SuppressWarnings("unchecked")
    private List<UsageMonitor> usage() {
        return usage == null ? List.of() : usage instanceof UsageMonitor one ? List.of(one) : (List<UsageMonitor>) usage;
    }

    /** The trafficId (built anew when packed). */
    SubscriberId trafficId() {
        return trafficText != null ? trafficText : SubscriberBits.unpack(trafficBits);
    }

    /** True when this is a context of the trafficId packed as {@code bits} ({@code id} when it did not pack). */
    boolean isOf(long bits, SubscriberId id) {
        return trafficBits == bits && (bits != SubscriberBits.NOT_PACKED || trafficText.equals(id));
    }

    /** True when this and {@code other} are contexts of one trafficId. */
    boolean sameSubscriber(ClosedEntry other) {
        return isOf(other.trafficBits, other.trafficText);
    }

    /** The hash of its trafficId ({@link SubscriberBits#hash}). */
    int subscriberHash() {
        return SubscriberBits.hash(trafficBits, trafficText);
    }

    /** The Session-Id (built anew when packed). */
    String sessionId() {
        return sessionBits == SessionIdBits.NOT_PACKED ? sessionText : SessionIdBits.unpack(sessionText, sessionBits);
    }

    /** True when this and {@code other} are contexts of one Session-Id (the split is a function of the text). */
    boolean sameSessionId(ClosedEntry other) {
        return sessionBits == other.sessionBits && sessionText.equals(other.sessionText);
    }

    Instant updateTime() {
        return instant(updateSeconds, updateNanos);
    }

    /** True when this context was updated before {@code other} was. */
    boolean updatedBefore(ClosedEntry other) {
        return before(updateSeconds, updateNanos, other.updateSeconds, other.updateNanos);
    }

    /** True when this context was updated before {@code t}. */
    boolean updatedBefore(Instant t) {
        return before(updateSeconds, updateNanos, t.getEpochSecond(), t.getNano());
    }

    /** True when this context's retention ends before {@code other}'s. */
    boolean expiresBefore(ClosedEntry other) {
        return before(expiresSeconds, expiresNanos, other.expiresSeconds, other.expiresNanos);
    }

    /** True when this context's retention ends after {@code t} (it is still held at {@code t}). */
    boolean expiresAfter(Instant t) {
        return before(t.getEpochSecond(), t.getNano(), expiresSeconds, expiresNanos);
    }

    /** A time that is null comes before every other, as the seconds sentinel sorts. */
    private static boolean before(long seconds, int nanos, long otherSeconds, int otherNanos) {
        return seconds < otherSeconds || seconds == otherSeconds && nanos < otherNanos;
    }

    private static long seconds(Instant t) {
        return t == null ? NO_TIME : t.getEpochSecond();
    }

    private static int nanos(Instant t) {
        return t == null ? 0 : t.getNano();
    }

    private static Instant instant(long seconds, int nanos) {
        return seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds, nanos);
    }
}
