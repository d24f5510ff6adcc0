package io.pcrfd.store.bench;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The measured operations, each over every session: create, get by Session-Id, find by UE
 * IPv4, compare-and-set update, counter add, close. Up to {@code window} calls are in flight
 * at once (1 for the in-memory store, which completes at once; more for Redis, which
 * pipelines them on one connection). Any failed call aborts the run.
 */
final class Phases {

    private final Store store;
    private final IpCanSession[] sessions;
    private final int window;
    private final PhaseObserver observer;

    /** Told when each phase starts and ends, e.g. to read the server's own statistics. */
    interface PhaseObserver {
        void starting();

        String finished();
    }

    Phases(Store store, IpCanSession[] sessions, int window, PhaseObserver observer) {
        this.store = store;
        this.sessions = sessions;
        this.window = window;
        this.observer = observer;
    }

    void runAll() throws InterruptedException {
        Instant later = Instant.now().plusSeconds(3600);
        CounterKey[] keys = new CounterKey[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new CounterKey(CounterScope.SUBSCRIBER, "IMSI:" + i, "total");
        }
        run("create", i -> store.sessions().create(sessions[i]));
        run("get", i -> store.sessions().get(sessions[i].sessionId()));
        run("findByIpv4", i -> store.sessions().findByIpv4(sessions[i].ueIpv4(), sessions[i].apn(), null));
        run("update", i -> store.sessions().update(sessions[i].toBuilder().version(1)
                .ratType("WLAN").build()).thenApply(Phases::applied));
        run("counterAdd", i -> store.counters().add(keys[i % keys.length], 1500, later));
        run("close", i -> store.sessions().close(sessions[i].sessionId(), later, later));
    }

    private static Object applied(CasResult<IpCanSession> r) {
        if (!(r instanceof CasResult.Applied<IpCanSession>)) {
            throw new IllegalStateException("update not applied: " + r);
        }
        return r;
    }

    private void run(String name, IntFunction<CompletionStage<?>> op) throws InterruptedException {
        Semaphore inFlight = new Semaphore(window);
        AtomicLong failures = new AtomicLong();
        observer.starting();
        long t0 = System.nanoTime();
        for (int i = 0; i < sessions.length; i++) {
            inFlight.acquire();
            op.apply(i).whenComplete((v, e) -> {
                if (e != null && failures.getAndIncrement() == 0) {
                    e.printStackTrace();
                }
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(window, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + ": calls still in flight after 60 s");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(name + ": " + failures.get() + " calls failed");
        }
        System.out.printf(Locale.ROOT, "  %-11s %,10d ops in %6.2f s = %,12.0f ops/s %s%n", name,
                sessions.length, seconds, sessions.length / seconds, observer.finished());
    }
}
