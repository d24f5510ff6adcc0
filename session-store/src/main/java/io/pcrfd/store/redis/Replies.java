package io.pcrfd.store.redis;

import io.pcrfd.store.StoreException;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.model.IpCanSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Decoding of script replies: a status word followed by a JSON document. */
final class Replies {

    static final String OK = "OK";
    static final String HELD = "HELD";
    static final String STALE = "STALE";
    static final String MISSING = "MISSING";
    static final String IDENTITY = "IDENTITY";

    private Replies() {
    }

    static String status(List<Object> reply) {
        if (reply == null || reply.isEmpty()) {
            throw new StoreException("redis: empty script reply");
        }
        return (String) reply.get(0);
    }

    static String payload(List<Object> reply) {
        return reply.size() > 1 ? (String) reply.get(1) : null;
    }

    static <T> T decode(List<Object> reply, Class<T> type) {
        return StoreJson.decode(payload(reply), type);
    }

    static <T> Optional<T> optional(String json, Class<T> type, Predicate<T> stillMatches) {
        return json == null ? Optional.empty()
                : Optional.of(StoreJson.decode(json, type)).filter(stillMatches);
    }

    static <T> List<T> list(List<Object> docs, Class<T> type, Predicate<T> stillMatches) {
        List<T> out = new ArrayList<>(docs.size());
        for (Object d : docs) {
            T v = StoreJson.decode((String) d, type);
            if (stillMatches.test(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static String ms(Instant t) {
        return Long.toString(t.toEpochMilli());
    }

    /** A session's expiry as the scripts take it: ms, or {@code never} for {@code NO_EXPIRY}. */
    static String expiry(IpCanSession s) {
        return s.expires() ? ms(s.expiresAt()) : "never";
    }

    static IllegalArgumentException identityChanged(String what, List<Object> reply) {
        return new IllegalArgumentException("update may not change " + payload(reply)
                + " of " + what);
    }
}
