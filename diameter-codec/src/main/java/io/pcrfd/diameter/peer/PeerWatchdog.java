package io.pcrfd.diameter.peer;

import io.netty.util.concurrent.ScheduledFuture;
import io.pcrfd.diameter.peer.watchdog.Watchdog;
import io.pcrfd.diameter.peer.watchdog.WatchdogAction;
import io.pcrfd.diameter.peer.watchdog.WatchdogEvent;
import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import io.pcrfd.diameter.peer.watchdog.WatchdogStatus;
import io.pcrfd.diameter.peer.watchdog.WatchdogTransition;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the pure {@link Watchdog} for one peer on the peer's event loop: owns the Tw timer
 * (jittered, RFC 3539 §3.4.1) and carries out the actions.
 *
 * <p>Receiving any message restarts the timer (SetWatchdog). Rather than rescheduling a timer
 * per message, the connection records the time of its last read, and when the timer fires
 * in OKAY after newer traffic it is simply re-armed from that moment: the same behaviour
 * without a timer operation per message. Outside OKAY every message is an event.
 *
 * <p>Decision: the DOWN state's AttemptOpen is left to the peer's Tc reconnect logic, so the
 * timer is not armed while no connection is open.
 */
final class PeerWatchdog {
    private static final Logger log = LoggerFactory.getLogger(PeerWatchdog.class);

    private final Peer peer;
    private final NodeContext node;
    private volatile WatchdogStatus status = WatchdogStatus.INITIAL;
    private ScheduledFuture<?> timer;
    private long armedAtNanos;
    private Connection connection;

    PeerWatchdog(Peer peer, NodeContext node) {
        this.peer = peer;
        this.node = node;
    }

    WatchdogStatus status() {
        return status;
    }

    /** CONNECTION_UP on {@code c}. */
    void up(Connection c) {
        connection = c;
        fire(WatchdogEvent.CONNECTION_UP);
    }

    /** CONNECTION_DOWN; the timer stops. */
    void down() {
        if (connection != null) {
            fire(WatchdogEvent.CONNECTION_DOWN);
        }
        connection = null;
        cancel();
    }

    void fire(WatchdogEvent event) {
        WatchdogStatus before = status;
        WatchdogTransition t = Watchdog.next(before, event);
        status = t.status();
        if (before.state() != status.state()) {
            node.counters().watchdogEntered(status.state());
            log.info("peer={} watchdog {} -> {} on {}", peer.host(), before.state(), status.state(), event);
        }
        for (WatchdogAction a : t.actions()) {
            perform(a);
        }
    }

    private void perform(WatchdogAction a) {
        switch (a) {
            case SET_WATCHDOG -> arm();
            case SEND_WATCHDOG -> {
                if (connection != null) {
                    connection.send(node.baseMessages().dwr(node.endToEndIds().next()));
                }
            }
            case FAILOVER -> log.info("peer={} failover: no new requests routed here", peer.host());
            case FAILBACK -> log.info("peer={} failback: requests routed here again", peer.host());
            case CLOSE_CONNECTION -> {
                if (connection != null) {
                    log.info("peer={} watchdog closes the connection", peer.host());
                    connection.close();
                }
            }
            case ATTEMPT_OPEN -> {
                // Reconnection belongs to the peer's Tc timer (see the class comment).
            }
        }
    }

    private void arm() {
        cancel();
        if (connection == null || status.state() == WatchdogState.DOWN) {
            return;
        }
        Duration tw = peer.tw();
        armedAtNanos = System.nanoTime();
        timer = peer.loop().schedule(this::expired, node.timing().twNanos(tw), TimeUnit.NANOSECONDS);
    }

    private void expired() {
        timer = null;
        Connection c = connection;
        if (c == null) {
            return;
        }
        if (status.state() == WatchdogState.OKAY && c.lastReceivedNanos() - armedAtNanos > 0) {
            // Traffic arrived since the timer was set: that was a SetWatchdog; restart from it.
            long elapsed = System.nanoTime() - c.lastReceivedNanos();
            armedAtNanos = c.lastReceivedNanos();
            long wait = Math.max(0, node.timing().twNanos(peer.tw()) - elapsed);
            timer = peer.loop().schedule(this::expired, wait, TimeUnit.NANOSECONDS);
            return;
        }
        fire(WatchdogEvent.TIMER_EXPIRES);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
