package io.pcrfd.store;

import io.pcrfd.store.model.IpCanSession;
import java.util.Objects;
import java.util.Optional;

/**
 * A session the store expired by itself (its {@code expiresAt} passed before anybody closed it),
 * handed over once by {@link SessionStore#takeExpired} so that its owner ends it.
 *
 * @param sessionId its Session-Id
 * @param closed    the session as the store closed it (state CLOSED, closed context stored), or
 *                  null when the store had already lost the record (Redis deletes a key when
 *                  its TTL passes) and only the Session-Id is left
 */
public record ExpiredSession(String sessionId, IpCanSession closed) {

    public ExpiredSession {
        Objects.requireNonNull(sessionId, "sessionId");
    }

    /** The closed session, empty when only the Session-Id was left. */
    public Optional<IpCanSession> session() {
        return Optional.ofNullable(closed);
    }
}
