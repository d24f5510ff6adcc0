package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.Required;
import java.util.List;

/**
 * A shared quota: the members' policy counters are the owner's. A member's plan is its own, but
 * its counter conditions are tested against the owner's counter statuses, read over the
 * owner's one Sy session (TS 29.219), whether or not the owner is attached.
 *
 * @param owner   the owner's subscriber key (an IMSI, or {@code msisdn:...} as in subscribers)
 * @param members the members' subscriber keys
 */
public record SharedQuota(@Required String owner, List<String> members) {
    public SharedQuota {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
