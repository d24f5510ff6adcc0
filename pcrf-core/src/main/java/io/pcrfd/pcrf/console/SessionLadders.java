package io.pcrfd.pcrf.console;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.LadderConfig;
import io.pcrfd.pcrf.console.LadderEntry.Direction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ladders of the node's sessions: for each recorded Session-Id a {@link LadderRing} of its
 * last {@code messagesPerSession} messages, for at most {@code maxSessions} sessions, the one
 * whose last message is oldest dropped first (a map in access order). Memory is bounded by
 * both; nothing is written anywhere.
 *
 * <p>Sampling is per session, by a hash of the Session-Id: a session is recorded whole or not at
 * all, so a ladder has no holes, and every node of a cluster samples the same sessions. One
 * lock guards the map and the rings; it is taken only for sessions being recorded, once per
 * message, for an append of one entry.
 */
public final class SessionLadders {
    private static final SessionLadders OFF = new SessionLadders(LadderConfig.defaults(), Clock.systemUTC());

    private final boolean enabled;
    private final int sampleOneIn;
    private final int messagesPerSession;
    private final Clock clock;
    private final Map<String, LadderRing> rings;
    private long dropped;

    private SessionLadders(LadderConfig config, Clock clock) {
        this.enabled = config.enabled();
        this.sampleOneIn = config.sampleOneIn();
        this.messagesPerSession = config.messagesPerSession();
        this.clock = clock;
        int max = config.maxSessions();
        this.rings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LadderRing> eldest) {
                boolean full = size() > max;
                dropped += full ? 1 : 0;
                return full;
            }
        };
    }

    /** Ladders as {@code config} says, stamped by {@code clock}. */
    public static SessionLadders of(LadderConfig config, Clock clock) {
        return config.enabled() ? new SessionLadders(config, clock) : OFF;
    }

    /** Records nothing. */
    public static SessionLadders off() {
        return OFF;
    }

    public boolean enabled() {
        return enabled;
    }

    /** True when {@code sessionId} is one of the sessions recorded (always false when off). */
    public boolean sampled(String sessionId) {
        if (!enabled) {
            return false;
        }
        return Integer.remainderUnsigned(mix(sessionId.hashCode()), sampleOneIn) == 0;
    }

    /**
     * MurmurHash3's finaliser: every bit of the hash depends on every bit of the input, so ids
     * that differ only in their last character (a counter) spread over every residue.
     */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Records {@code m} when it has a Session-Id that is sampled. */
    public void record(Direction direction, String peer, DiameterMessage m) {
        if (!enabled) {
            return;
        }
        Optional<String> id = m.sessionId();
        if (id.isPresent() && sampled(id.get())) {
            add(id.get(), entry(direction, peer, m));
        }
    }

    /**
     * Records a request this node sends, whose hop-by-hop id the peer layer has yet to assign;
     * {@link #answered} fills it in. Returns what to pass there, or null when not recorded.
     */
    public Sent sent(String peer, DiameterMessage request) {
        if (!enabled) {
            return null;
        }
        Optional<String> id = request.sessionId();
        if (id.isEmpty() || !sampled(id.get())) {
            return null;
        }
        LadderEntry e = entry(Direction.OUT, peer, request, LadderEntry.UNKNOWN);
        add(id.get(), e);
        return new Sent(id.get(), e);
    }

    /** Records the answer to a request recorded by {@link #sent}, and gives that request the answer's hop-by-hop id. */
    public void answered(Sent sent, String peer, DiameterMessage answer) {
        LadderEntry a = entry(Direction.IN, peer, answer, Integer.toUnsignedLong(answer.hopByHop().value()));
        synchronized (rings) {
            LadderRing ring = rings.get(sent.sessionId());
            if (ring != null) {
                ring.replace(sent.entry(), sent.entry().withHopByHop(a.hopByHop()));
            }
        }
        add(sent.sessionId(), a);
    }

    private LadderEntry entry(Direction direction, String peer, DiameterMessage m) {
        return entry(direction, peer, m, Integer.toUnsignedLong(m.hopByHop().value()));
    }

    private LadderEntry entry(Direction direction, String peer, DiameterMessage m, long hopByHop) {
        return new LadderEntry(clock.millis(), System.nanoTime(), direction, peer, CommandNames.name(m),
                CommandNames.application(m.applicationId()), m.isRequest(), hopByHop,
                m.isRequest() ? 0 : CommandNames.resultCode(m));
    }

    void add(String sessionId, LadderEntry e) {
        synchronized (rings) {
            rings.computeIfAbsent(sessionId, k -> new LadderRing(messagesPerSession)).add(e);
        }
    }

    /** The session's ladder, oldest message first; empty when nothing of it is held. */
    public Optional<Ladder> ladder(String sessionId) {
        synchronized (rings) {
            LadderRing ring = rings.get(sessionId);
            return ring == null ? Optional.empty() : Optional.of(new Ladder(sessionId, ring.total(), ring.entries()));
        }
    }

    /** Sessions held now, and sessions dropped to stay within {@code maxSessions}. */
    public Stats stats() {
        synchronized (rings) {
            return new Stats(rings.size(), dropped);
        }
    }

    /**
     * @param sessionId the session
     * @param recorded  messages recorded since it was first seen (more than {@code messages}
     *                  when older ones were overwritten)
     * @param messages  the last ones, oldest first
     */
    public record Ladder(String sessionId, long recorded, List<LadderEntry> messages) {
    }

    /** A request recorded by {@link #sent}, waiting for its answer. */
    public record Sent(String sessionId, LadderEntry entry) {
    }

    /**
     * @param sessions sessions whose ladder is held
     * @param dropped  sessions dropped, the one with the oldest last message first
     */
    public record Stats(int sessions, long dropped) {
    }
}
