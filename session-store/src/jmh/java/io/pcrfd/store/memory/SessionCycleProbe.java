package io.pcrfd.store.memory;

import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory store's calls for a Gx session of CCR-I then CCR-T, on one or more threads at
 * once, as the event loops of {@code pcrfd bench --updates 0} make them: each thread keeps
 * {@value #IN_FLIGHT} sessions open, and for each new one reads (a CCR-T's lookup) and closes
 * the oldest of its own, then creates the new one: a fresh Session-Id, IMSI and UE address per
 * session, one gateway, closed contexts at their cap. Printed per round and thread: thread CPU
 * time and bytes allocated per session (create + get + close), which a shared machine blurs
 * least; with two threads it includes what the two cores pay for the structures they share.
 * {@code java -Xms1g -Xmx1g -cp CLASSES:DEPS io.pcrfd.store.memory.SessionCycleProbe [threads] [rounds]}
 */
public final class SessionCycleProbe {
    private static final int IN_FLIGHT = 128;
    private static final int SESSIONS = 1 << 18;
    private static final int POOL = SESSIONS;
    private static final String GATEWAY = "pgw.example.org";

    private SessionCycleProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (InMemoryStore store = InMemoryStore.open(InMemoryStoreOptions.DEFAULTS.withSweepInterval(Duration.ZERO),
                Clock.systemUTC())) {
            List<Thread> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int owner = t;
                running.add(Thread.ofPlatform().start(() -> cycle(store.sessions(), owner, rounds)));
            }
            for (Thread t : running) {
                t.join();
            }
        }
    }

    private static void cycle(SessionStore sessions, int owner, int rounds) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String[] open = new String[IN_FLIGHT];
        long n = 0;
        for (int r = 0; r < rounds; r++) {
            IpCanSession[] pool = pool(owner, r);
            long cpu = mx.getCurrentThreadCpuTime();
            long bytes = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < SESSIONS; i++, n++) {
                int slot = (int) (n % IN_FLIGHT);
                if (open[slot] != null) {
                    String id = new String(open[slot]); // the CCR-T's own Session-Id String
                    Instant now = Instant.now();
                    sessions.get(id);
                    sessions.close(id, now, now.plusSeconds(86_400));
                }
                IpCanSession s = pool[i & (POOL - 1)];
                sessions.create(s);
                open[slot] = s.sessionId();
            }
            System.out.printf("cycle thread %d round %d: %.0f ns cpu, %.0f B allocated per session%n", owner, r,
                    (mx.getCurrentThreadCpuTime() - cpu) / (double) SESSIONS,
                    (mx.getCurrentThreadAllocatedBytes() - bytes) / (double) SESSIONS);
        }
    }

    /** Fresh sessions of {@code owner} for round {@code round}, ids never seen before. */
    private static IpCanSession[] pool(int owner, int round) {
        IpCanSession[] out = new IpCanSession[POOL];
        Instant at = Instant.now();
        for (int i = 0; i < POOL; i++) {
            long n = (long) round * POOL + i;
            out[i] = IpCanSession.builder(GATEWAY + ";" + (1_700_000_000 + owner) + ";" + n)
                    .imsi(String.format("00101%01d%09d", owner, n)).apn("internet")
                    .ueIpv4("10." + owner + '.' + ((n >>> 8) & 0xFF) + '.' + (n & 0xFF))
                    .gatewayHost(GATEWAY).ratType("EUTRAN").sgsnMccMnc("00101").pccRules(List.of("default"))
                    .startedAt(at).updatedAt(at).expiresAt(at.plusSeconds(3600)).build();
        }
        return out;
    }
}
