package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import java.util.Collection;

/**
 * UE IPv4 addresses and IPv6 prefixes → the sessions holding them, in every address space
 * (APN and IP-Domain-Id, {@link IpCanSession#inIpDomain}). One entry per address serves both
 * questions: who holds it anywhere (the listing), and who holds it in one space (eviction and
 * binding), answered by checking the address's few holders, one per APN or IP domain that
 * uses it. So no key is built from APN or IP-Domain-Id text, and a session costs one entry per
 * address, as when the address alone was the key.
 *
 * <p>Added to only under the stripes of the session's addresses ({@link Stripes}), so no
 * other holder joins an address while a create checks it; a close takes its entries out under
 * its id's stripe, after the session left the primary map, so a create meeting the id in the
 * set finds no session under it and treats the address as free.
 */
final class UeAddressIndex {

    private final MultiIndex<String> ipv4 = new MultiIndex<>(true);
    private final MultiIndex<String> ipv6 = new MultiIndex<>(true);

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

    int keyCount() {
        return ipv4.keyCount() + ipv6.keyCount();
    }
}
