package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared quotas of a policy as two indexes by canonical subscriber key: member to owner,
 * owner to members. Built once per loaded policy ({@link PolicyEngine}), so a decision finds a
 * member's owner with one hash lookup whatever the number of members.
 */
final class CounterOwners {
    private final Map<String, String> ownerOf = new HashMap<>();
    private final Map<String, List<String>> membersOf = new HashMap<>();

    CounterOwners(Map<String, SharedQuota> quotas) {
        quotas.values().forEach(q -> {
            String owner = Policy.canonical(q.owner());
            List<String> members = q.members().stream().map(Policy::canonical).toList();
            members.forEach(m -> ownerOf.put(m, owner));
            membersOf.put(owner, members);
        });
    }

    /** Refuses a subscriber in two quotas, an owner that is another quota's member, and bad keys. */
    static void check(Map<String, SharedQuota> quotas) {
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, SharedQuota> e : quotas.entrySet()) {
            String path = "sharedQuotas." + e.getKey();
            InvalidValueException.check(Policy.validKey(e.getValue().owner()), path + ".owner",
                    "a subscriber key is an IMSI (digits) or msisdn:, nai:, sip:, private: followed by the id");
            for (String m : e.getValue().members()) {
                InvalidValueException.check(Policy.validKey(m), path + ".members",
                        "'" + m + "' is not a subscriber key (an IMSI, or msisdn:... and the like)");
                String before = seen.put(Policy.canonical(m), e.getKey());
                InvalidValueException.check(before == null, path + ".members",
                        "'" + m + "' is already a member of shared quota '" + before + "'");
            }
        }
        for (Map.Entry<String, SharedQuota> e : quotas.entrySet()) {
            String in = seen.get(Policy.canonical(e.getValue().owner()));
            InvalidValueException.check(in == null, "sharedQuotas." + e.getKey() + ".owner",
                    "the owner is a member of shared quota '" + in + "'; an owner decides on its own counters");
        }
    }

    /** The owner of the quota {@code member} belongs to, or null. */
    String ownerOf(String member) {
        return ownerOf.get(member);
    }

    List<String> membersOf(String owner) {
        return membersOf.getOrDefault(owner, List.of());
    }
}
