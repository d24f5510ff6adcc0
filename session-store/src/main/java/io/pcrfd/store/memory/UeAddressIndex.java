package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * UE IPv4 addresses and IPv6 prefixes → the sessions holding them, in every address space
 * (APN and IP-Domain-Id, {@link IpCanSession#inIpDomain}). One entry per address serves both
 * questions: who holds it anywhere (the listing), and who holds it in one space (eviction and
 * binding), answered by checking the address's few holders, one per APN or IP domain that
 * uses it. So no key is built from APN or IP-Domain-Id text, and a session costs one entry per
 * address, as when the address alone was the key.
 *
 * <p>Changed only under the stripes of the session's addresses ({@link Stripes}), so the set
 * under an address is exact while a create checks it.
 */
final class UeAddressIndex {

    private final MultiIndex<String> ipv4 = new MultiIndex<>();
    private final MultiIndex<String> ipv6 = new MultiIndex<>();

    void add(IpCanSession s) {
        ipv4.add(s.ueIpv4(), s.sessionId());
        ipv6.add(s.ueIpv6Prefix(), s.sessionId());
    }

    void remove(IpCanSession s) {
        ipv4.remove(s.ueIpv4(), s.sessionId());
        ipv6.remove(s.ueIpv6Prefix(), s.sessionId());
    }

    /** Ids of the sessions holding {@code address}, in any space; never null. */
    Collection<String> ipv4(String address) {
        return ipv4.get(address);
    }

    /** Ids of the sessions holding {@code prefix}, in any space; never null. */
    Collection<String> ipv6(String prefix) {
        return ipv6.get(prefix);
    }

    /** Ids of the other sessions holding {@code s}'s IPv4 address or IPv6 prefix, in any space, each once. */
    List<String> sharing(IpCanSession s) {
        Collection<String> v4 = ipv4(s.ueIpv4());
        Collection<String> v6 = ipv6(s.ueIpv6Prefix());
        List<String> ids = new ArrayList<>(v4.size() + v6.size());
        for (Collection<String> holders : List.of(v4, v6)) {
            for (String id : holders) {
                if (!id.equals(s.sessionId()) && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    int keyCount() {
        return ipv4.keyCount() + ipv6.keyCount();
    }
}
