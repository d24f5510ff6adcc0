package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last CCA of each live session, so a retransmitted CCR-I or CCR-U (same Session-Id and
 * CC-Request-Number, RFC 4006 §5.1, RFC 6733 §5.5.4) gets the same answer without a second
 * state change; and which sessions a CCR-T ended, so a retransmitted CCR-T gets its 2001 again
 * instead of 5002. Answers are immutable, so sharing them is safe. A CCR-T is never answered
 * with a kept CCA-I or CCA-U, even one of its number (a gateway reusing the number): it ends
 * its session and gets its own CCA-T.
 *
 * <p>What is kept, and why so little: the peer layer's duplicate cache already answers a true
 * retransmission (same Origin-Host and End-to-End id, RFC 6733 §3) from the answer it holds;
 * this is for the one it no longer holds or never saw (another End-to-End id). A session's
 * answer is replaced by its next one and forgotten at its CCR-T, so finished sessions leave no
 * message behind. A CCA-T carries nothing but the request's ids and a 2001
 * ({@link GxAnswers#success(DiameterMessage)}), so for an ended session only a 64-bit
 * fingerprint of (Session-Id, CC-Request-Number) is kept, in a primitive array the garbage
 * collector never walks, and consulted only when a CCR-T finds no session. A fingerprint of
 * another session matching by chance (one in 2^64) would turn that 5002 into a 2001.
 *
 * <p>Layout: answers in a table of {@code capacity} slots in sets of {@link #WAYS}, the set
 * chosen by the Session-Id's hash; a session takes its own slot again, else a free one, else
 * a random one of its set (the set is full: an answer is dropped, as the LRU this replaced
 * dropped its eldest). Fingerprints in a direct-mapped table of as many slots, each newer one
 * taking its slot. Lock-free: a read is a few array loads, a write one store (or a
 * compare-and-set for a free slot). A session ended otherwise (audit, eviction, gateway
 * restart, a CCR-T on another node) keeps its last answer until another session takes the
 * slot: bounded by the table, as before. What is missing (dropped, or another node's session)
 * falls back as before: a CCR-I is decided again on the stored session, an old CCR-U number
 * gets a plain 2001 that changes nothing ({@link GxUpdateFlow}), a CCR-T of an unknown
 * session gets 5002.
 */
final class RecentAnswers {
    static final int WAYS = 4;
    private final AtomicReferenceArray<Held> slots;
    private final AtomicLongArray ended;
    private final int mask;

    private record Held(String sessionId, int hash, long requestNumber, DiameterMessage answer) {
    }

    /** {@code capacity}: a power of two, at least {@link #WAYS}. */
    RecentAnswers(int capacity) {
        if (capacity < WAYS || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= " + WAYS + ": " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.ended = new AtomicLongArray(capacity);
        this.mask = capacity - 1;
    }

    /** Keeps {@code answer} as the session's last, in place of the one before. */
    void put(String sessionId, long requestNumber, DiameterMessage answer) {
        int hash = hash(sessionId);
        Held held = new Held(sessionId, hash, requestNumber, answer);
        for (int attempt = 0; attempt < 2; attempt++) { // a free slot another session took meanwhile: once more
            int at = slotFor(sessionId, hash);
            if (at >= 0) {
                slots.setRelease(at, held);
                return;
            }
            if (slots.compareAndSet(~at, null, held)) {
                return;
            }
        }
    }

    /** The answer given to this exact request, re-addressed to the retransmission's ids; or null. */
    DiameterMessage get(String sessionId, long requestNumber, DiameterMessage request) {
        int hash = hash(sessionId);
        int set = hash & mask & -WAYS;
        for (int i = set; i < set + WAYS; i++) {
            Held h = slots.getAcquire(i);
            if (h != null && h.hash == hash && h.requestNumber == requestNumber && h.sessionId.equals(sessionId)) {
                return h.answer.withHopByHop(request.hopByHop()).withEndToEnd(request.endToEnd());
            }
        }
        return null;
    }

    /** The session was ended by this CCR-T: its answer is forgotten, the end remembered. */
    void terminated(String sessionId, long requestNumber) {
        int hash = hash(sessionId);
        int set = hash & mask & -WAYS;
        for (int i = set; i < set + WAYS; i++) {
            Held h = slots.getAcquire(i);
            if (h != null && h.hash == hash && h.sessionId.equals(sessionId)) {
                slots.compareAndSet(i, h, null);
            }
        }
        long f = fingerprint(sessionId, requestNumber);
        ended.setRelease((int) f & mask, f);
    }

    /** Whether a CCR-T with this Session-Id and CC-Request-Number ended its session lately. */
    boolean wasTerminated(String sessionId, long requestNumber) {
        long f = fingerprint(sessionId, requestNumber);
        return ended.getAcquire((int) f & mask) == f;
    }

    /** The session's own slot in its set, else {@code ~i} for a free slot i, else a random slot of the set. */
    private int slotFor(String sessionId, int hash) {
        int set = hash & mask & -WAYS;
        int free = -1;
        for (int i = set; i < set + WAYS; i++) {
            Held h = slots.getAcquire(i);
            if (h == null) {
                free = free < 0 ? i : free;
            } else if (h.hash == hash && h.sessionId.equals(sessionId)) {
                return i;
            }
        }
        return free >= 0 ? ~free : set + ThreadLocalRandom.current().nextInt(WAYS);
    }

    private static int hash(String sessionId) {
        int h = sessionId.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * A 64-bit hash of the Session-Id mixed with the number (SplitMix64 finaliser); never 0. The
     * characters go through four FNV-1a lanes in turn (character i into lane i mod 4), so the
     * multiplications of one lane do not wait on those of the others; the lanes are then
     * combined as a polynomial with the length. This runs once per CCR-T.
     */
    static long fingerprint(String sessionId, long requestNumber) {
        int n = sessionId.length();
        long a = FNV_BASIS;
        long b = FNV_BASIS ^ 1;
        long c = FNV_BASIS ^ 2;
        long d = FNV_BASIS ^ 3;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            a = (a ^ sessionId.charAt(i)) * FNV_PRIME;
            b = (b ^ sessionId.charAt(i + 1)) * FNV_PRIME;
            c = (c ^ sessionId.charAt(i + 2)) * FNV_PRIME;
            d = (d ^ sessionId.charAt(i + 3)) * FNV_PRIME;
        }
        for (; i < n; i++) {
            a = (a ^ sessionId.charAt(i)) * FNV_PRIME;
        }
        long f = (((a * GOLDEN + b) * GOLDEN + c) * GOLDEN + d) * GOLDEN + n;
        f ^= requestNumber * GOLDEN;
        f = (f ^ (f >>> 30)) * 0xBF58476D1CE4E5B9L;
        f = (f ^ (f >>> 27)) * 0x94D049BB133111EBL;
        f ^= f >>> 31;
        return f == 0 ? 1 : f;
    }

    private static final long FNV_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
}
