package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bound on closed session contexts per subscriber ({@code closedPerSubscriber}): past it,
 * the subscriber's context updated longest ago is dropped by the close that went over it, so
 * one subscriber closing sessions in a loop keeps only its newest ones and a close never
 * costs more than the bound.
 */
public interface ClosedPerSubscriberContract extends StoreFixture {

    /** The default bound of both stores. */
    int DEFAULT_PER_SUBSCRIBER = 32;

    @Test
    default void oneSubscriberClosingInALoopKeepsOnlyItsNewestClosedContexts() {
        List<IpCanSession> closed = closeOfOneImsi(store(), 400, DEFAULT_PER_SUBSCRIBER + 3, 0);

        List<SessionContext> kept = await(store().contexts().findBySubscriber(trafficId(closed)));

        assertThat(kept).extracting(SessionContext::sessionId)
                .containsExactlyElementsOf(newestFirst(closed, DEFAULT_PER_SUBSCRIBER));
    }

    /** Another empty store on the same clock keeping at most {@code max} closed contexts per trafficId; closed by the test class. */
    Store openStoreWithClosedPerSubscriber(int max);

    @Test
    default void pastTheBoundTheSubscribersContextUpdatedLongestAgoIsDroppedEvenIfClosedLast() {
        Store bounded = openStoreWithClosedPerSubscriber(3);
        List<IpCanSession> closed = closeOfOneImsi(bounded, 410, 3, 5);
        IpCanSession late = await(bounded.sessions().create(session(413).imsi(closed.get(0).imsi()).build())).value();
        Instant updatedEarlier = now().plusSeconds(1); // e.g. a close handed over late by the audit
        await(bounded.sessions().close(late.sessionId(), updatedEarlier, updatedEarlier.plus(TTL)));

        assertThat(await(bounded.contexts().findBySubscriber(trafficId(closed)))).as("the late close itself goes")
                .extracting(SessionContext::sessionId).containsExactlyElementsOf(newestFirst(closed, 3));

        closed.addAll(closeOfOneImsi(bounded, 414, 2, 8));
        assertThat(await(bounded.contexts().findBySubscriber(trafficId(closed)))).as("then the oldest two")
                .extracting(SessionContext::sessionId).containsExactlyElementsOf(newestFirst(closed, 3));
    }

    @Test
    default void theBoundIsPerSubscriberAndAcrossApns() {
        Store bounded = openStoreWithClosedPerSubscriber(2);
        IpCanSession other = await(bounded.sessions().create(session(420).build())).value();
        await(bounded.sessions().close(other.sessionId(), now(), now().plus(TTL)));
        IpCanSession ims = await(bounded.sessions().create(session(421).imsi("001019999900001").apn("ims").build()))
                .value();
        await(bounded.sessions().close(ims.sessionId(), now(), now().plus(TTL)));
        List<IpCanSession> web = closeOfOneImsi(bounded, 422, 2, 1);

        assertThat(await(bounded.contexts().findBySubscriber(trafficId(web)))).extracting(SessionContext::sessionId)
                .containsExactlyElementsOf(newestFirst(web, 2));
        assertThat(await(bounded.contexts().find("ims", trafficId(web)))).as("its other APN's went first").isEmpty();
        assertThat(await(bounded.contexts().findBySubscriber(SubscriberId.imsi(other.imsi()))))
                .extracting(SessionContext::sessionId).containsExactly(other.sessionId());
    }

    @Test
    default void aContextReplacedByALaterCloseOfItsSessionTakesOnePlace() {
        Store bounded = openStoreWithClosedPerSubscriber(2);
        List<IpCanSession> closed = closeOfOneImsi(bounded, 430, 2, 0);
        Instant again = now().plusSeconds(5); // the same Session-Id closed again, later
        IpCanSession reopened = await(bounded.sessions().create(session(430).imsi(closed.get(0).imsi()).build()))
                .value();
        await(bounded.sessions().close(reopened.sessionId(), again, again.plus(TTL)));

        assertThat(await(bounded.contexts().findBySubscriber(trafficId(closed))))
                .extracting(SessionContext::sessionId, SessionContext::updateTime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reopened.sessionId(), again),
                        org.assertj.core.groups.Tuple.tuple(closed.get(1).sessionId(), now().plusSeconds(1)));
    }

    @Test
    default void removalByAgeAndTheSweepLeaveTheRestOfTheBound() {
        Store bounded = openStoreWithClosedPerSubscriber(3);
        List<IpCanSession> closed = closeOfOneImsi(bounded, 440, 5, 0);

        assertThat(await(bounded.contexts().removeClosedBefore(trafficId(closed), now().plusSeconds(3))))
                .as("updated at 2 s; 0 and 1 s were dropped by the bound").isEqualTo(1);
        assertThat(await(bounded.contexts().findBySubscriber(trafficId(closed)))).extracting(SessionContext::sessionId)
                .containsExactlyElementsOf(newestFirst(closed, 2));
        closed.addAll(closeOfOneImsi(bounded, 445, 2, 10));
        assertThat(await(bounded.contexts().findBySubscriber(trafficId(closed)))).extracting(SessionContext::sessionId)
                .containsExactlyElementsOf(newestFirst(closed, 3));
    }

    /** Opens and closes {@code count} sessions of one IMSI, one second apart from now + {@code firstSecond} s. */
    private List<IpCanSession> closeOfOneImsi(Store s, int from, int count, int firstSecond) {
        List<IpCanSession> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IpCanSession created = await(s.sessions().create(session(from + i).imsi("001019999900001").build())).value();
            Instant at = now().plusSeconds(firstSecond + i);
            await(s.sessions().close(created.sessionId(), at, at.plus(TTL)));
            out.add(created);
        }
        return out;
    }

    private static SubscriberId trafficId(List<IpCanSession> sessions) {
        return SubscriberId.imsi(sessions.get(0).imsi());
    }

    /** The Session-Ids of the last {@code n} of {@code sessions}, the last first. */
    private static List<String> newestFirst(List<IpCanSession> sessions, int n) {
        List<String> out = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= sessions.size() - n; i--) {
            out.add(sessions.get(i).sessionId());
        }
        return out;
    }
}
