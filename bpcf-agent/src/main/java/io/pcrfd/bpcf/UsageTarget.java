package io.pcrfd.bpcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whose usage the simulator reports: exactly one of an S9a Session-Id, an IMSI, an access line
 * or a UE local IP. A line's usage goes to the line's first S9a session still open (the one opened
 * earliest), once: the PCRF meters a line's subscriber, and the same octets sent on every UE
 * session of the line would be counted once per session. An IMSI with several S9a sessions (one
 * per PDN) is ambiguous: name the session.
 */
public record UsageTarget(Kind kind, String value) {
    /** The REST parameter naming each kind. */
    public enum Kind {
        SESSION("session"), IMSI("imsi"), LINE("line"), LOCAL_IP("localIp");

        final String parameter;

        Kind(String parameter) {
            this.parameter = parameter;
        }
    }

    public UsageTarget {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing parameter " + kind.parameter);
        }
    }

    /**
     * The one target the REST parameters name.
     *
     * @throws IllegalArgumentException when they name none or several
     */
    public static UsageTarget of(Map<String, String> query) {
        List<UsageTarget> named = new ArrayList<>();
        for (Kind k : Kind.values()) {
            String v = query.get(k.parameter);
            if (v != null && !v.isEmpty()) {
                named.add(new UsageTarget(k, v));
            }
        }
        if (named.size() != 1) {
            throw new IllegalArgumentException("name exactly one of session, imsi, line, localIp (got "
                    + named.size() + ")");
        }
        return named.get(0);
    }
}
