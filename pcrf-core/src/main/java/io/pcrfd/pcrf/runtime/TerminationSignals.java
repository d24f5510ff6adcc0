package io.pcrfd.pcrf.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a request for graceful shutdown. The JVM's own handling of them starts
 * its shutdown sequence and ends the process with status 143 (128 + 15) whatever the shutdown
 * hooks did; a daemon that stopped cleanly should exit 0, so these handlers replace it: they
 * run {@code shutdown} on a new thread and let {@code main} return normally.
 *
 * <p>{@code sun.misc.Signal} lives in the {@code jdk.unsupported} module, which exists to keep
 * exactly such uses working; where it is missing the JVM's default handling remains, and the
 * shutdown hook {@code pcrfd run} installs still stops the node.
 */
public final class TerminationSignals {
    private TerminationSignals() {
    }

    /** Runs {@code shutdown} once on the first SIGTERM or SIGINT. */
    public static void onTerminate(Runnable shutdown) {
        Runnable once = new Once(shutdown);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> Thread.ofPlatform().name("pcrfd-sig" + name).start(once));
            } catch (IllegalArgumentException e) {
                // the platform has no such signal or reserves it: the JVM default stays
            }
        }
    }

    /** A runnable that runs its task the first time only. */
    private static final class Once implements Runnable {
        private final Runnable task;
        private final AtomicBoolean done = new AtomicBoolean();

        Once(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                task.run();
            }
        }
    }
}
